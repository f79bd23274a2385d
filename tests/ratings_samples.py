"""Small ratings files shared by the command tests."""

HEADER = "facilitator,team,agency,round,round_date,role,indicator,level,evidence"
ROWS = [
    "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,recorder,S8.1,4,สรุปเวทีส่งทีมทางไลน์",
    "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,ผู้บันทึก (คุณบันทึก),S2,?,",
    "ลำดวน ทดลอง,ท่าไร่,กศน.,รอบพิเศษ,2568-08-08,coordinator,K1.2,2,",
]
