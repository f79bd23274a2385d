<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>ActionDialog</name>
    <message>
        <source>planned</source>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ทำแล้ว</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>New learning action</source>
        <translation>แผนการเรียนรู้ใหม่</translation>
    </message>
    <message>
        <source>Learning action</source>
        <translation>แผนการเรียนรู้</translation>
    </message>
    <message>
        <source>Someone or something outside the team…</source>
        <translation>บุคคลหรือแหล่งเรียนรู้นอกทีม…</translation>
    </message>
    <message>
        <source>Who or what outside the team: a person, an agency, a course</source>
        <translation>ใครหรืออะไรนอกทีม: บุคคล หน่วยงาน หลักสูตร</translation>
    </message>
    <message>
        <source>What the learner will do to learn</source>
        <translation>ผู้เรียนจะทำอะไรเพื่อเรียนรู้</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>ผู้เรียน (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>สมรรถนะ (&amp;C):</translation>
    </message>
    <message>
        <source>Learns &amp;from:</source>
        <translation>เรียนจาก (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>ทำอะไร (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>ภายใน (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ (&amp;S):</translation>
    </message>
    <message>
        <source>Write what the learner will do.</source>
        <translation>เขียนว่าผู้เรียนจะทำอะไร</translation>
    </message>
    <message>
        <source>What the learner will do</source>
        <translation>สิ่งที่ผู้เรียนจะทำ</translation>
    </message>
    <message>
        <source>The outside source</source>
        <translation>แหล่งเรียนรู้นอกทีม</translation>
    </message>
    <message>
        <source>The learner cannot learn from themselves.</source>
        <translation>ผู้เรียนเรียนจากตัวเองไม่ได้</translation>
    </message>
    <message>
        <source>Name the outside source in a few words.</source>
        <translation>ระบุแหล่งเรียนรู้นอกทีมสั้น ๆ</translation>
    </message>
    <message>
        <source>“By when” is not a date (day/month/year).</source>
        <translation>“ภายใน” ไม่ใช่วันที่ (วัน/เดือน/ปี)</translation>
    </message>
</context>
<context>
    <name>AddIndicatorDialog</name>
    <message>
        <source>Add indicator</source>
        <translation>เพิ่มตัวชี้วัด</translation>
    </message>
    <message>
        <source>New indicator &lt;b&gt;{0}&lt;/b&gt; for {1} {2}. Write what it looks like and a sentence for each level, in Thai and in English.</source>
        <translation>ตัวชี้วัดใหม่ &lt;b&gt;{0}&lt;/b&gt; ของความสามารถ {1} {2} ให้เขียนว่าตัวชี้วัดนี้ดูจากอะไร และเขียนหนึ่งประโยคสำหรับแต่ละระดับ ทั้งภาษาไทยและภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>AgreedDialog</name>
    <message>
        <source>{0} is {1} characters long; at most {2} fit.</source>
        <translation>{0} ยาว {1} ตัวอักษร ใส่ได้ไม่เกิน {2}</translation>
    </message>
    <message>
        <source>Agreed level</source>
        <translation>ระดับที่ทีมเห็นพ้อง</translation>
    </message>
    <message>
        <source>The level the team agreed in conversation. It is shown beside the self-ratings and never changes them.</source>
        <translation>ระดับที่ทีมเห็นพ้องกันจากการพูดคุย แสดงคู่กับคะแนนประเมินตนเองและไม่เปลี่ยนคะแนนเหล่านั้น</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(เลือก)</translation>
    </message>
    <message>
        <source>Why the team settled on this level</source>
        <translation>เหตุใดทีมจึงเห็นพ้องที่ระดับนี้</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>ระดับ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <source>Take &amp;back</source>
        <translation>ถอนออก (&amp;B)</translation>
    </message>
    <message>
        <source>This competency has no agreed level again</source>
        <translation>สมรรถนะนี้กลับไปไม่มีระดับที่เห็นพ้อง</translation>
    </message>
    <message>
        <source>Choose the level the team agreed (1–5).</source>
        <translation>เลือกระดับที่ทีมเห็นพ้อง (1–5)</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>ArgumentParser</name>
    <message>
        <source>usage: </source>
        <translation>วิธีใช้: </translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>ตัวเลือก %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ไม่รู้จักคำสั่ง %(parser_name)r (เลือกได้: %(choices)s)</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>เปิด '%(filename)s' ไม่ได้: %(error)s</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>ค่าที่ต้องใส่ตามลำดับ</translation>
    </message>
    <message>
        <source>options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>แสดงคำอธิบายนี้แล้วจบ</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ไม่รู้จักค่าที่ให้มา: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ใช้ร่วมกับ %s ไม่ได้</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ตัวเลือกนี้ไม่รับค่า %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ต้องระบุ: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ต้องระบุอย่างใดอย่างหนึ่งใน %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ต้องมีค่าหนึ่งค่า</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>มีค่าได้ไม่เกินหนึ่งค่า</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ต้องมีค่าอย่างน้อยหนึ่งค่า</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ต้องมี %s ค่า</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ต้องมี %s ค่า</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ตัวเลือก %(option)s กำกวม อาจหมายถึง %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>ไม่คาดว่าจะมีตัวเลือก %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ค่า %(value)r ใช้เป็น %(type)s ไม่ได้</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ไม่มีตัวเลือก %(value)r (เลือกจาก %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ผิดพลาด: %(message)s
</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>แสดงรุ่นของโปรแกรมแล้วจบ</translation>
    </message>
</context>
<context>
    <name>AssessForm</name>
    <message>
        <source>Target for this role: {0}</source>
        <translation>เป้าหมายของบทบาทนี้: ระดับ {0}</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>Assess</source>
        <translation>ประเมินตนเอง</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>ส่งออก PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>บันทึกอีกครั้ง (&amp;S)</translation>
    </message>
    <message>
        <source>This person's report for this round, ready to print</source>
        <translation>รายงานของคนนี้ในรอบนี้ พร้อมพิมพ์</translation>
    </message>
    <message>
        <source>F&amp;acilitator:</source>
        <translation>คุณอำนวย (&amp;A):</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>รอบ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Next person</source>
        <translation>คนถัดไป (&amp;N)</translation>
    </message>
    <message>
        <source>Finished? Clear the form so the next facilitator starts afresh</source>
        <translation>เสร็จแล้ว? ล้างแบบประเมินให้คนถัดไปเริ่มใหม่</translation>
    </message>
    <message>
        <source>✓ Every answer is saved at once.</source>
        <translation>✓ ทุกคำตอบบันทึกทันที</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt; choose a level and go to the next indicator&lt;br&gt;&lt;b&gt;?&lt;/b&gt; not sure what it means&lt;br&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;N&lt;/b&gt; write the evidence note, &lt;b&gt;Esc&lt;/b&gt; back&lt;br&gt;&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; or &lt;b&gt;Tab&lt;/b&gt; move · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; lower or raise&lt;br&gt;&lt;b&gt;Delete&lt;/b&gt; remove the answer&lt;br&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; redo</source>
        <translation>&lt;b&gt;ปุ่มลัดบนแป้นพิมพ์&lt;/b&gt;&lt;br&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt; เลือกระดับ แล้วไปตัวชี้วัดข้อถัดไป&lt;br&gt;&lt;b&gt;?&lt;/b&gt; ไม่แน่ใจว่าหมายถึงอะไร&lt;br&gt;&lt;b&gt;Enter&lt;/b&gt; หรือ &lt;b&gt;N&lt;/b&gt; เขียนบันทึกหลักฐาน · &lt;b&gt;Esc&lt;/b&gt; ออกจากช่องบันทึก&lt;br&gt;&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; หรือ &lt;b&gt;Tab&lt;/b&gt; เลื่อนไปข้ออื่น · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; ลดหรือเพิ่มระดับ&lt;br&gt;&lt;b&gt;Delete&lt;/b&gt; ลบคำตอบ&lt;br&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; เลิกทำ · &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; ทำซ้ำ</translation>
    </message>
    <message>
        <source>{0} answers copied from {1}.</source>
        <translation>คัดลอก {0} คำตอบจาก {1} แล้ว</translation>
    </message>
    <message>
        <source>Could not save. {0} The form now shows what is stored.</source>
        <translation>บันทึกไม่ได้ {0} แบบประเมินแสดงค่าที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>Saving… another program is using the database. Your answers stay in the form and are saved as soon as it is free.</source>
        <translation>กำลังบันทึก… มีโปรแกรมอื่นใช้ฐานข้อมูลอยู่ คำตอบของคุณยังอยู่ในแบบประเมิน และจะบันทึกทันทีที่ฐานข้อมูลว่าง</translation>
    </message>
    <message>
        <source>{0} Your answers stay in the form, marked “not saved”: press Save again once that is put right.</source>
        <translation>{0} คำตอบของคุณยังอยู่ในแบบประเมิน มีเครื่องหมาย “ยังไม่ได้บันทึก” เมื่อแก้ปัญหาแล้วให้กด บันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>{0} answers were not saved: another database was opened before they could be.</source>
        <translation>คำตอบ {0} ข้อยังไม่ได้บันทึก เพราะเปิดฐานข้อมูลอื่นก่อนบันทึกเสร็จ</translation>
    </message>
    <message>
        <source>This database is read-only: nothing can be changed.</source>
        <translation>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว จึงแก้ไขอะไรไม่ได้</translation>
    </message>
    <message>
        <source>No connection to the server: {0} waiting to be saved, kept here until it answers.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้: รอบันทึก {0} รายการ เก็บไว้ที่นี่จนกว่าเซิร์ฟเวอร์จะตอบ</translation>
    </message>
    <message>
        <source>Someone else changed an answer you were saving: choose which one to keep.</source>
        <translation>มีคนอื่นเปลี่ยนคำตอบที่คุณกำลังบันทึก เลือกว่าจะเก็บคำตอบไหน</translation>
    </message>
    <message>
        <source>Nothing was saved: someone else changed {0} of these answers meanwhile ({1}). Theirs stay, and the form now shows what is stored.</source>
        <translation>ไม่ได้บันทึกอะไรเลย: ระหว่างนั้นมีคนอื่นเปลี่ยนคำตอบเหล่านี้ไป {0} ข้อ ({1}) คำตอบของเขายังอยู่ และตอนนี้แบบฟอร์มแสดงสิ่งที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Undo starts afresh.</source>
        <translation>จึงเลิกทำย้อนไปก่อนหน้านี้ไม่ได้แล้ว</translation>
    </message>
    <message>
        <source>The person or the round was changed or removed elsewhere.</source>
        <translation>บุคคลหรือรอบนี้ถูกแก้ไขหรือลบจากที่อื่น</translation>
    </message>
    <message>
        <source>Nothing to copy: every indicator has an answer, or {0} has none for this role.</source>
        <translation>ไม่มีอะไรให้คัดลอก: ตอบครบทุกตัวชี้วัดแล้ว หรือใน {0} ไม่มีคำตอบของบทบาทนี้</translation>
    </message>
    <message>
        <source>These ratings were changed elsewhere; undo starts afresh.</source>
        <translation>คะแนนชุดนี้ถูกแก้ไขจากที่อื่น จึงเลิกทำย้อนไปก่อนหน้านี้ไม่ได้แล้ว</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>ไม่มีทีม</translation>
    </message>
    <message>
        <source>Team {0}</source>
        <translation>ทีม {0}</translation>
    </message>
    <message>
        <source>No facilitators yet. Add people on the People page.</source>
        <translation>ยังไม่มีคุณอำนวย เพิ่มรายชื่อได้ที่หน้า “บุคคลและรอบ”</translation>
    </message>
    <message>
        <source>No assessment rounds yet. Add a round first.</source>
        <translation>ยังไม่มีรอบการประเมิน ให้เพิ่มรอบก่อนที่หน้า “บุคคลและรอบ”</translation>
    </message>
    <message>
        <source>Choose your name in the Facilitator box to begin (Alt+A).</source>
        <translation>เลือกชื่อของคุณในช่องคุณอำนวยเพื่อเริ่ม (Alt+A)</translation>
    </message>
    <message>
        <source>Rated {0} of {1}</source>
        <translation>ประเมินแล้ว {0} จาก {1} ข้อ</translation>
    </message>
    <message>
        <source> · {0} not sure</source>
        <translation> · ไม่แน่ใจ {0} ข้อ</translation>
    </message>
    <message>
        <source>Copy answers from {0}</source>
        <translation>คัดลอกคำตอบจาก {0}</translation>
    </message>
    <message>
        <source>Copy previous round</source>
        <translation>คัดลอกจากรอบก่อน</translation>
    </message>
    <message>
        <source>Start from your answers in {0}: only indicators without an answer are filled; answers you already gave stay as they are.</source>
        <translation>เริ่มจากคำตอบของคุณใน {0}: จะเติมให้เฉพาะตัวชี้วัดที่ยังไม่ได้ตอบ ส่วนข้อที่ตอบไว้แล้วจะไม่เปลี่ยน</translation>
    </message>
    <message>
        <source>There is no earlier round to copy from.</source>
        <translation>ไม่มีรอบก่อนหน้าให้คัดลอก</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>ไม่แน่ใจ</translation>
    </message>
    <message>
        <source>answer {0}: {1}</source>
        <translation>ตอบ {0}: {1}</translation>
    </message>
    <message>
        <source>remove answer {0}</source>
        <translation>ลบคำตอบ {0}</translation>
    </message>
    <message>
        <source>note on {0}</source>
        <translation>บันทึกหลักฐานของ {0}</translation>
    </message>
    <message>
        <source>copy answers from {0}</source>
        <translation>คัดลอกคำตอบจาก {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>เลิกทำ “{0}” (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {0} (Ctrl+Shift+Z)</source>
        <translation>ทำซ้ำ “{0}” (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>no answer (removed)</source>
        <translation>ไม่มีคำตอบ (ถูกลบ)</translation>
    </message>
    <message>
        <source>level {0}</source>
        <translation>ระดับ {0}</translation>
    </message>
    <message>
        <source>{0}: theirs {1}, yours {2}</source>
        <translation>{0}: ของเขา {1} ของคุณ {2}</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>และอีก {0} ข้อ</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>ที่เครื่องนี้</translation>
    </message>
    <message>
        <source>on another computer</source>
        <translation>ที่เครื่องอื่น</translation>
    </message>
    <message>
        <source>saved {0}</source>
        <translation>บันทึก{0}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>มีคนอื่นเปลี่ยนแล้ว</translation>
    </message>
    <message>
        <source>Someone else changed your answer to {0} while you were working on it. Nothing of yours was saved yet: choose which answer to keep.</source>
        <translation>มีคนอื่นเปลี่ยนคำตอบข้อ {0} ขณะที่คุณกำลังทำอยู่ คำตอบของคุณยังไม่ได้บันทึก เลือกว่าจะเก็บคำตอบไหน</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>ของเขา:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>ของคุณ:</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>เก็บของเขาไว้</translation>
    </message>
    <message>
        <source>Save mine instead</source>
        <translation>บันทึกของฉันแทน</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. Restoring puts the chosen backup in place of the database; what is there now is kept first.</source>
        <translation>ข้อมูลสำรองของ {0} เรียงจากใหม่ไปเก่า การกู้คืนจะนำข้อมูลสำรองที่เลือกมาแทนฐานข้อมูล โดยเก็บข้อมูลที่มีอยู่ตอนนี้ไว้ก่อน</translation>
    </message>
    <message>
        <source>There are no backups of {0} yet. kmdesk makes one each day the database is opened, and before every upgrade, import and restore.</source>
        <translation>ยังไม่มีข้อมูลสำรองของ {0} โปรแกรมจะสำรองให้วันละครั้งเมื่อเปิดฐานข้อมูล และก่อนการปรับรุ่น การนำเข้า และการกู้คืนทุกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>กู้คืน (&amp;R)…</translation>
    </message>
    <message>
        <source>Another &amp;file…</source>
        <translation>ไฟล์อื่น (&amp;F)…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>สำรองเมื่อ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุที่สำรอง</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>People</source>
        <translation>คน</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>First opening of the day</source>
        <translation>เปิดครั้งแรกของวัน</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>ก่อนปรับรุ่น</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>ก่อนนำเข้า</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>ก่อนรวมข้อมูล</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>สำรองด้วยตนเอง</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>กู้คืนจากไฟล์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>kmdesk database or backup (*.db *.bak);;All files (*)</source>
        <translation>ฐานข้อมูลหรือข้อมูลสำรอง kmdesk (*.db *.bak);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Put back the backup made on {0} at {1} ({2} people, {3} rounds, {4} ratings) in place of the database?

What is there now is kept first: backed up in this list, or set aside beside the database if it is damaged.</source>
        <translation>นำข้อมูลสำรองเมื่อวันที่ {0} เวลา {1} น. ({2} คน {3} รอบ {4} คะแนน) มาแทนฐานข้อมูลหรือไม่

ข้อมูลที่มีอยู่ตอนนี้จะเก็บไว้ก่อน: สำรองไว้ในรายการนี้ หรือถ้าเสียหายจะแยกเก็บไว้ข้างฐานข้อมูล</translation>
    </message>
    <message>
        <source>The backup is back in place. What the database held before is kept as the newest backup.</source>
        <translation>กู้คืนข้อมูลสำรองแล้ว ข้อมูลเดิมก่อนกู้คืนเก็บไว้เป็นข้อมูลสำรองล่าสุด</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file was kept as:
{0}</source>
        <translation>กู้คืนข้อมูลสำรองแล้ว ไฟล์ที่เสียหายเก็บไว้ที่:
{0}</translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation>กู้คืนข้อมูลสำรองแล้ว</translation>
    </message>
</context>
<context>
    <name>BundleRefusals</name>
    <message>
        <source>it is not a zip file</source>
        <translation>ไม่ใช่ไฟล์ zip</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>เป็นไฟล์ว่าง</translation>
    </message>
    <message>
        <source>it has no manifest.json</source>
        <translation>ไม่มี manifest.json</translation>
    </message>
    <message>
        <source>its manifest.json is not a kmdesk bundle's</source>
        <translation>manifest.json ในไฟล์ไม่ใช่ของไฟล์ผลประเมิน kmdesk</translation>
    </message>
    <message>
        <source>its list of contents is missing, as if the file was cut short</source>
        <translation>ไม่มีรายการสิ่งที่อยู่ในไฟล์ เหมือนไฟล์ถูกตัดขาดกลางทาง</translation>
    </message>
    <message>
        <source>{name} does not match the checksum in its manifest</source>
        <translation>{name} ไม่ตรงกับค่าตรวจสอบ (checksum) ที่บันทึกไว้ใน manifest</translation>
    </message>
    <message>
        <source>the entry {name} is in it twice</source>
        <translation>มีรายการ {name} สองครั้ง</translation>
    </message>
    <message>
        <source>the entry {name} is encrypted</source>
        <translation>รายการ {name} ถูกเข้ารหัสไว้</translation>
    </message>
    <message>
        <source>the entry {name} is missing</source>
        <translation>ไม่มีรายการ {name}</translation>
    </message>
    <message>
        <source>its entry {name} cannot be unpacked</source>
        <translation>แตกรายการ {name} ไม่ได้</translation>
    </message>
    <message>
        <source>the manifest counts {n} {key} but the bundle holds {m}</source>
        <translation>manifest นับ {key} ได้ {n} แต่ในไฟล์มี {m}</translation>
    </message>
    <message>
        <source>{where} is not readable JSON</source>
        <translation>{where} ไม่ใช่ JSON ที่อ่านได้</translation>
    </message>
    <message>
        <source>{where} holds {n} items; kmdesk reads at most {m}</source>
        <translation>{where} มี {n} รายการ แต่ kmdesk อ่านได้ไม่เกิน {m}</translation>
    </message>
    <message>
        <source>{where} holds more than {n} changes</source>
        <translation>{where} มีการแก้ไขเกิน {n} ครั้ง</translation>
    </message>
    <message>
        <source>{where} is not a whole number from {a} to {b}</source>
        <translation>{where} ไม่ใช่จำนวนเต็มตั้งแต่ {a} ถึง {b}</translation>
    </message>
    <message>
        <source>{where} is longer than {n} characters</source>
        <translation>{where} ยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <source>{where} is not a time such as {example}</source>
        <translation>{where} ไม่ใช่เวลาในรูปแบบเช่น {example}</translation>
    </message>
    <message>
        <source>{where} is not a date such as {example}</source>
        <translation>{where} ไม่ใช่วันที่ในรูปแบบเช่น {example}</translation>
    </message>
    <message>
        <source>{where} is not a real day or time</source>
        <translation>{where} ไม่ใช่วันหรือเวลาที่มีอยู่จริง</translation>
    </message>
    <message>
        <source>{where} has no {key}</source>
        <translation>{where} ไม่มี {key}</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} ไม่ใช่ออบเจกต์ (object)</translation>
    </message>
    <message>
        <source>{where} is not a list</source>
        <translation>{where} ไม่ใช่รายการ (list)</translation>
    </message>
    <message>
        <source>{where} is not text</source>
        <translation>{where} ไม่ใช่ข้อความ</translation>
    </message>
    <message>
        <source>{where} is not true or false</source>
        <translation>{where} ไม่ใช่ true หรือ false</translation>
    </message>
    <message>
        <source>{where} is not a UUID</source>
        <translation>{where} ไม่ใช่ UUID</translation>
    </message>
    <message>
        <source>{where} is not a number</source>
        <translation>{where} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <source>{where} history is empty</source>
        <translation>{where} ไม่มีประวัติการแก้ไขเลย</translation>
    </message>
    <message>
        <source>{where} holds the same record twice</source>
        <translation>{where} มีข้อมูลเดียวกันซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>{where} names a person or round the bundle does not hold</source>
        <translation>{where} อ้างถึงบุคคลหรือรอบที่ไม่มีในไฟล์</translation>
    </message>
    <message>
        <source>{where} role is not one of {codes}</source>
        <translation>{where} บทบาทไม่ใช่หนึ่งใน {codes}</translation>
    </message>
    <message>
        <source>{where} indicator is not in its round's framework version</source>
        <translation>{where} ตัวชี้วัดไม่อยู่ในกรอบสมรรถนะฉบับที่รอบนั้นใช้</translation>
    </message>
    <message>
        <source>its purpose, roles or scale are worded differently</source>
        <translation>เป้าหมาย บทบาท หรือมาตรวัดเขียนไว้ต่างกัน</translation>
    </message>
    <message>
        <source>indicator {code} is only in the file</source>
        <translation>ตัวชี้วัด {code} มีเฉพาะในไฟล์</translation>
    </message>
    <message>
        <source>indicator {code} is not in the file</source>
        <translation>ตัวชี้วัด {code} ไม่มีในไฟล์</translation>
    </message>
    <message>
        <source>indicator {code} is worded differently</source>
        <translation>ตัวชี้วัด {code} เขียนไว้ต่างกัน</translation>
    </message>
    <message>
        <source>indicator {code}'s level sentences differ</source>
        <translation>คำอธิบายระดับของตัวชี้วัด {code} ต่างกัน</translation>
    </message>
    <message>
        <source>indicator {code} is retired in one and not the other</source>
        <translation>ตัวชี้วัด {code} เลิกใช้แล้วในฝั่งหนึ่ง แต่ยังใช้อยู่ในอีกฝั่ง</translation>
    </message>
    <message>
        <source>indicator {code} has another place or competency</source>
        <translation>ตัวชี้วัด {code} อยู่คนละตำแหน่งหรือคนละสมรรถนะ</translation>
    </message>
    <message>
        <source>their wording differs</source>
        <translation>ถ้อยคำต่างกัน</translation>
    </message>
    <message>
        <source>was made by a newer kmdesk (bundle format {n}; this kmdesk reads format {m}); please update kmdesk to merge it</source>
        <translation>สร้างจาก kmdesk รุ่นที่ใหม่กว่า (ไฟล์ผลประเมินรูปแบบ {n} แต่ kmdesk นี้อ่านได้ถึงรูปแบบ {m}) โปรดอัปเดต kmdesk ก่อนรวมข้อมูล</translation>
    </message>
    <message>
        <source>holds {n} entries; a bundle holds at most {m} (the file may be damaged or made to exhaust memory)</source>
        <translation>มี {n} รายการข้างใน แต่ไฟล์ผลประเมินมีได้ไม่เกิน {m} รายการ (ไฟล์อาจเสียหาย หรือถูกทำขึ้นเพื่อให้หน่วยความจำหมด)</translation>
    </message>
    <message>
        <source>holds an entry with a path outside the archive ({name}); it was not opened</source>
        <translation>มีรายการที่ชี้ออกไปนอกไฟล์ ({name}) จึงไม่ได้เปิดไฟล์นี้</translation>
    </message>
    <message>
        <source>unpacks to {n} MB; kmdesk reads bundles that unpack to at most {m} MB (the file may be damaged or made to exhaust memory)</source>
        <translation>เมื่อแตกไฟล์แล้วมีขนาด {n} MB แต่ kmdesk อ่านไฟล์ผลประเมินที่แตกแล้วไม่เกิน {m} MB (ไฟล์อาจเสียหาย หรือถูกทำขึ้นเพื่อให้หน่วยความจำหมด)</translation>
    </message>
    <message>
        <source>its entry {name} unpacks to {n} MB; kmdesk reads entries of at most {m} MB (the file may be damaged or made to exhaust memory)</source>
        <translation>รายการ {name} เมื่อแตกแล้วมีขนาด {n} MB แต่ kmdesk อ่านแต่ละรายการได้ไม่เกิน {m} MB (ไฟล์อาจเสียหาย หรือถูกทำขึ้นเพื่อให้หน่วยความจำหมด)</translation>
    </message>
    <message>
        <source>its entry {name} unpacks to {n} times its packed size; kmdesk reads entries packed at most {m} to 1 (the file may be damaged or made to exhaust memory)</source>
        <translation>รายการ {name} เมื่อแตกแล้วใหญ่ขึ้น {n} เท่าของขนาดที่บีบอัดไว้ แต่ kmdesk อ่านรายการที่บีบอัดไว้ไม่เกิน {m} ต่อ 1 (ไฟล์อาจเสียหาย หรือถูกทำขึ้นเพื่อให้หน่วยความจำหมด)</translation>
    </message>
    <message>
        <source>its entry {name} is too large (the file may be damaged or made to exhaust memory)</source>
        <translation>รายการ {name} ใหญ่เกินไป (ไฟล์อาจเสียหาย หรือถูกทำขึ้นเพื่อให้หน่วยความจำหมด)</translation>
    </message>
    <message>
        <source>is {n} MB; kmdesk reads bundles of up to {m} MB (send one team or round at a time)</source>
        <translation>มีขนาด {n} MB แต่ kmdesk อ่านไฟล์ผลประเมินได้ไม่เกิน {m} MB (ส่งทีละทีมหรือทีละรอบ)</translation>
    </message>
    <message>
        <source>framework version {n} differs from version {n} in this database ({diff}); the framework was edited separately on two PCs</source>
        <translation>กรอบสมรรถนะฉบับที่ {n} ในไฟล์ต่างจากฉบับที่ {n} ในฐานข้อมูลนี้ ({diff}) เพราะมีการแก้ไขกรอบสมรรถนะแยกกันบนสองเครื่อง</translation>
    </message>
    <message>
        <source>framework version {n} differs from version {n} in {file} ({diff}); the framework was edited separately on two PCs</source>
        <translation>กรอบสมรรถนะฉบับที่ {n} ในไฟล์ต่างจากฉบับที่ {n} ใน {file} ({diff}) เพราะมีการแก้ไขกรอบสมรรถนะแยกกันบนสองเครื่อง</translation>
    </message>
    <message>
        <source>competency {code} differs from the one in {file}; the framework was edited separately on two PCs</source>
        <translation>สมรรถนะ {code} ต่างจากใน {file} เพราะมีการแก้ไขกรอบสมรรถนะแยกกันบนสองเครื่อง</translation>
    </message>
    <message>
        <source>competency {code} is named or placed differently here ({a}, in the file {b}); the framework was edited separately on two PCs</source>
        <translation>สมรรถนะ {code} ที่นี่มีชื่อหรือตำแหน่งต่างจากในไฟล์ (ที่นี่ {a} ในไฟล์ {b}) เพราะมีการแก้ไขกรอบสมรรถนะแยกกันบนสองเครื่อง</translation>
    </message>
    <message>
        <source>round {title} is on framework version {n} in this file and on version {m} in {here}</source>
        <translation>รอบ {title} ใช้กรอบสมรรถนะฉบับที่ {n} ในไฟล์นี้ แต่ใช้ฉบับที่ {m} ใน {here}</translation>
    </message>
    <message>
        <source>round {title} is dated {day_a} in this file and {day_b} in {here}; correct the date on one PC, then send the bundle again</source>
        <translation>รอบ {title} ลงวันที่ {day_a} ในไฟล์นี้ แต่ลงวันที่ {day_b} ใน {here} โปรดแก้วันที่บนเครื่องใดเครื่องหนึ่ง แล้วส่งไฟล์ผลประเมินมาใหม่</translation>
    </message>
    <message>
        <source>the rating of {who} ({where}): {problem}. Change the note on the PC that sent the bundle, then send it again</source>
        <translation>คะแนนของ {who} ({where}): {problem} โปรดแก้บันทึกนี้บนเครื่องที่ส่งไฟล์มา แล้วส่งมาใหม่</translation>
    </message>
    <message>
        <source>a bundle's file name ends in {suffix}, e.g. {example}</source>
        <translation>ชื่อไฟล์ผลประเมินต้องลงท้ายด้วย {suffix} เช่น {example}</translation>
    </message>
    <message>
        <source>cannot be written: the folder {folder} does not exist</source>
        <translation>เขียนไม่ได้ เพราะไม่มีโฟลเดอร์ {folder}</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Previous month</source>
        <translation>เดือนก่อนหน้า</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
</context>
<context>
    <name>ChartHover</name>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>lowest–highest</source>
        <translation>ต่ำสุด–สูงสุด</translation>
    </message>
    <message>
        <source>{0} below the target</source>
        <translation>ต่ำกว่าเป้าหมาย {0} ระดับ</translation>
    </message>
    <message>
        <source>since the round before</source>
        <translation>จากรอบก่อน</translation>
    </message>
    <message>
        <source>learns from</source>
        <translation>เรียนรู้จาก</translation>
    </message>
    <message>
        <source>nobody in the team can teach it yet</source>
        <translation>ยังไม่มีใครในทีมถ่ายทอดได้</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>ผู้เรียนรู้</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>ยังไม่มีกราฟให้บันทึก</translation>
    </message>
    <message>
        <source>Answered all {0} indicators of this role and round</source>
        <translation>ตอบครบทั้ง {0} ตัวชี้วัดของบทบาทและรอบนี้แล้ว</translation>
    </message>
    <message>
        <source>How to read this chart (Help)</source>
        <translation>วิธีอ่านกราฟนี้ (ความช่วยเหลือ)</translation>
    </message>
    <message>
        <source>How to read this chart</source>
        <translation>วิธีอ่านกราฟนี้</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>ตอบแล้ว {0} จาก {1} ข้อ</translation>
    </message>
    <message>
        <source>Answered {0} of the {1} indicators of this role and round: not complete yet</source>
        <translation>ตอบแล้ว {0} จาก {1} ตัวชี้วัดของบทบาทและรอบนี้ ยังไม่ครบ</translation>
    </message>
</context>
<context>
    <name>ChartSaver</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>รูปภาพ PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>รูปภาพ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>บันทึกกราฟ</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>บันทึกกราฟไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The chart was not saved:</source>
        <translation>บันทึกกราฟไม่ได้:</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Drawing the chart…</source>
        <translation>กำลังวาดกราฟ…</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Self-rating</source>
        <translation>คะแนนประเมินตนเอง</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>รอบการประเมิน</translation>
    </message>
    <message>
        <source>Lowest–highest</source>
        <translation>ช่วงต่ำสุด–สูงสุด</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>ระดับปัจจุบัน</translation>
    </message>
    <message>
        <source>Still to grow to the target</source>
        <translation>ส่วนที่ต้องพัฒนาถึงเป้าหมาย</translation>
    </message>
    <message>
        <source>above target</source>
        <translation>เกินเป้าหมาย</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>ยังไม่มีคะแนน</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>ลดลง</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>ความสามารถ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ความรู้</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>ทักษะ</translation>
    </message>
    <message>
        <source>Competency profile</source>
        <translation>โปรไฟล์ความสามารถ</translation>
    </message>
    <message>
        <source>Team competency profile</source>
        <translation>โปรไฟล์ความสามารถของทีม</translation>
    </message>
    <message>
        <source>Progress per competency</source>
        <translation>ความก้าวหน้าแต่ละความสามารถ</translation>
    </message>
    <message>
        <source>Knowledge and skill means</source>
        <translation>ค่าเฉลี่ยความรู้และทักษะ</translation>
    </message>
    <message>
        <source>River of knowledge</source>
        <translation>ธารปัญญา</translation>
    </message>
    <message>
        <source>Learning stairs</source>
        <translation>บันไดแห่งการเรียนรู้</translation>
    </message>
    <message>
        <source>Self-assessment table</source>
        <translation>ตารางแห่งอิสรภาพ</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>คู่เรียนรู้</translation>
    </message>
    <message>
        <source>Can teach</source>
        <translation>ถ่ายทอดได้</translation>
    </message>
    <message>
        <source>Learner (→ learns from)</source>
        <translation>ผู้เรียนรู้ (→ เรียนจาก)</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>ภายนอก</translation>
    </message>
    <message>
        <source>Needs outside help</source>
        <translation>ต้องหาผู้รู้จากภายนอก</translation>
    </message>
    <message>
        <source>Includes self-assessments not yet complete: {0}</source>
        <translation>รวมผู้ที่ยังประเมินตนเองไม่ครบ: {0}</translation>
    </message>
    <message>
        <source>Leaves out self-assessments not yet complete: {0}</source>
        <translation>ไม่รวมผู้ที่ยังประเมินตนเองไม่ครบ: {0}</translation>
    </message>
    <message>
        <source>Agreed level</source>
        <translation>ระดับที่ทีมเห็นพ้อง</translation>
    </message>
    <message>
        <source>Worth a conversation (spread ≥ {0})</source>
        <translation>ควรคุยกัน (คะแนนห่างกัน ≥ {0})</translation>
    </message>
    <message>
        <source>Worth a conversation: spread {0} (≥ {1})</source>
        <translation>ควรคุยกัน: คะแนนห่างกัน {0} (≥ {1})</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Nothing was merged.</source>
        <translation>ไม่ได้รวมข้อมูลใดเลย</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>ไม่ได้เขียนไฟล์ใดเลย</translation>
    </message>
    <message>
        <source>--all sends everything; leave out --person, --team and --round</source>
        <translation>--all ส่งทั้งหมดแล้ว ไม่ต้องใส่ --person, --team และ --round</translation>
    </message>
    <message>
        <source>say what to send: --person NAME, --team T, --round R, or --all</source>
        <translation>ระบุว่าจะส่งอะไร: --person ชื่อ, --team ทีม, --round รอบ หรือ --all</translation>
    </message>
    <message>
        <source>Wrote {0}: {1} in {2}, {3}, {4} with {5} in their history ({6:,.0f} KB)</source>
        <translation>เขียน {0} แล้ว: {1}ใน {2} {3} {4} พร้อมประวัติ{5} ({6:,.0f} KB)</translation>
    </message>
    <message>
        <source>{0} person</source>
        <translation>{0} คน</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} คน</translation>
    </message>
    <message>
        <source>{0} team</source>
        <translation>{0} ทีม</translation>
    </message>
    <message>
        <source>{0} teams</source>
        <translation>{0} ทีม</translation>
    </message>
    <message>
        <source>{0} round</source>
        <translation>{0} รอบ</translation>
    </message>
    <message>
        <source>{0} rounds</source>
        <translation>{0} รอบ</translation>
    </message>
    <message>
        <source>{0} rating</source>
        <translation>คะแนน {0} ข้อ</translation>
    </message>
    <message>
        <source>{0} ratings</source>
        <translation>คะแนน {0} ข้อ</translation>
    </message>
    <message>
        <source>{0} change</source>
        <translation>การแก้ไข {0} ครั้ง</translation>
    </message>
    <message>
        <source>{0} changes</source>
        <translation>การแก้ไข {0} ครั้ง</translation>
    </message>
    <message>
        <source>{0} exists and is not a merge report; it was left untouched</source>
        <translation>{0} มีอยู่แล้วและไม่ใช่รายงานการรวมข้อมูล จึงไม่ได้แตะต้องไฟล์นั้น</translation>
    </message>
    <message>
        <source>Every rating's outcome: {0}</source>
        <translation>ผลของคะแนนทุกข้อ: {0}</translation>
    </message>
    <message>
        <source>{0} is one person's chart: give --person NAME</source>
        <translation>{0} เป็นแผนภูมิของคนคนเดียว: ใส่ --person ชื่อ</translation>
    </message>
    <message>
        <source>{0} is a team chart: give --team NAME</source>
        <translation>{0} เป็นแผนภูมิของทีม: ใส่ --team ชื่อทีม</translation>
    </message>
    <message>
        <source>{0} is a team chart: leave out --person</source>
        <translation>{0} เป็นแผนภูมิของทีม: ไม่ต้องใส่ --person</translation>
    </message>
    <message>
        <source>radar: give --team NAME for the team, or --person NAME for one person</source>
        <translation>radar: ใส่ --team ชื่อทีม สำหรับทั้งทีม หรือ --person ชื่อ สำหรับคนเดียว</translation>
    </message>
    <message>
        <source>--compare-round is for the river only</source>
        <translation>--compare-round ใช้กับธารปัญญา (river) เท่านั้น</translation>
    </message>
    <message>
        <source>Chart written to {0}</source>
        <translation>เขียนแผนภูมิลง {0} แล้ว</translation>
    </message>
    <message>
        <source>{0} is a folder; give a file name ending in .png or .svg</source>
        <translation>{0} เป็นโฟลเดอร์ ให้ใส่ชื่อไฟล์ที่ลงท้ายด้วย .png หรือ .svg</translation>
    </message>
    <message>
        <source>{0} exists and is not an image of that kind; it was left untouched</source>
        <translation>{0} มีอยู่แล้วและไม่ใช่รูปภาพชนิดนั้น จึงไม่ได้แตะต้องไฟล์นั้น</translation>
    </message>
    <message>
        <source>{0}: cannot be written</source>
        <translation>{0}: เขียนไม่ได้</translation>
    </message>
    <message>
        <source>there are no assessment rounds yet</source>
        <translation>ยังไม่มีรอบการประเมิน</translation>
    </message>
    <message>
        <source>team {0} has no scores as {1} in {2}</source>
        <translation>ทีม {0} ยังไม่มีคะแนนในบทบาท {1} ใน{2}</translation>
    </message>
    <message>
        <source>{0} has no scores as {1} yet</source>
        <translation>{0} ยังไม่มีคะแนนในบทบาท {1}</translation>
    </message>
    <message>
        <source>{0} has no scores as {1} in {2}</source>
        <translation>{0} ไม่มีคะแนนในบทบาท {1} ใน{2}</translation>
    </message>
    <message>
        <source>backups, restore and check work on a database file; for a PostgreSQL server use the server's own tools (pg_dump, pg_restore)</source>
        <translation>การสำรอง กู้คืน และตรวจสอบ ใช้กับไฟล์ฐานข้อมูล สำหรับเซิร์ฟเวอร์ PostgreSQL ให้ใช้เครื่องมือของเซิร์ฟเวอร์เอง (pg_dump, pg_restore)</translation>
    </message>
    <message>
        <source>{0} is a folder, not a kmdesk database file</source>
        <translation>{0} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูลของ kmdesk</translation>
    </message>
    <message>
        <source>{0} already exists; it was left as it was</source>
        <translation>{0} มีอยู่แล้ว จึงปล่อยไว้ตามเดิม</translation>
    </message>
    <message>
        <source>New kmdesk database: {0}</source>
        <translation>ฐานข้อมูล kmdesk ใหม่: {0}</translation>
    </message>
    <message>
        <source>{0} already exists; choose a new file name</source>
        <translation>{0} มีอยู่แล้ว ให้เลือกชื่อไฟล์ใหม่</translation>
    </message>
    <message>
        <source>{0}: no such folder</source>
        <translation>{0}: ไม่มีโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>Backed up {0} to {1}</source>
        <translation>สำรอง {0} ไว้ที่ {1} แล้ว</translation>
    </message>
    <message>
        <source>--keep must be 1 or more</source>
        <translation>--keep ต้องเป็น 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>No automatic backups of {0} yet</source>
        <translation>ยังไม่มีข้อมูลสำรองอัตโนมัติของ {0}</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first:</source>
        <translation>ข้อมูลสำรองของ {0} (ใหม่สุดก่อน):</translation>
    </message>
    <message>
        <source>counts unknown</source>
        <translation>ไม่ทราบจำนวน</translation>
    </message>
    <message>
        <source>{0} people, {1} rounds, {2} ratings</source>
        <translation>{0} คน {1} รอบ คะแนน {2} ข้อ</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ประจำวัน</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>ก่อนนำเข้า</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>สั่งสำรองเอง</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>ก่อนรวมข้อมูล</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>ก่อนปรับรุ่น</translation>
    </message>
    <message>
        <source>Restored {0} as {1}</source>
        <translation>กู้คืน {0} เป็น {1} แล้ว</translation>
    </message>
    <message>
        <source>Restored {0} into {1}; what it replaced is kept in {2}</source>
        <translation>กู้คืน {0} ลงใน {1} แล้ว ข้อมูลเดิมที่ถูกแทนที่เก็บไว้ใน {2}</translation>
    </message>
    <message>
        <source>{0}: no such database</source>
        <translation>{0}: ไม่มีฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>The newest backup is {0} (kmdesk db restore FILE).</source>
        <translation>ข้อมูลสำรองล่าสุดคือ {0} (kmdesk db restore ไฟล์)</translation>
    </message>
    <message>
        <source>{0} failed the check:</source>
        <translation>{0} ไม่ผ่านการตรวจสอบ:</translation>
    </message>
    <message>
        <source>{0}: no problems found</source>
        <translation>{0}: ไม่พบปัญหา</translation>
    </message>
    <message>
        <source>{0} is up to date (schema {1})</source>
        <translation>{0} เป็นรุ่นล่าสุดแล้ว (โครงสร้าง {1})</translation>
    </message>
    <message>
        <source>The framework's edit PIN was removed.</source>
        <translation>ยกเลิกรหัส PIN สำหรับแก้ไขกรอบความสามารถแล้ว</translation>
    </message>
    <message>
        <source>No edit PIN was set.</source>
        <translation>ไม่ได้ตั้งรหัส PIN สำหรับแก้ไขไว้</translation>
    </message>
    <message>
        <source>no password on standard input (or give --no-password)</source>
        <translation>ไม่มีรหัสผ่านจากอินพุตมาตรฐาน (หรือใส่ --no-password)</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>รหัสผ่านของ {0}: </translation>
    </message>
    <message>
        <source>an empty password; nothing was changed</source>
        <translation>รหัสผ่านว่าง จึงไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>ใส่รหัสผ่านเดิมอีกครั้ง: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>รหัสผ่านทั้งสองครั้งไม่ตรงกัน จึงไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>คุณอำนวย</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>หัวหน้าทีม</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ผู้ดูแลเครือข่าย</translation>
    </message>
    <message>
        <source>team {0}</source>
        <translation>ทีม {0}</translation>
    </message>
    <message>
        <source>{0}; nothing was changed</source>
        <translation>{0} จึงไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>No kmdesk logins yet (kmdesk db add-user LOGIN --as KIND …)</source>
        <translation>ยังไม่มีชื่อผู้ใช้ของ kmdesk (kmdesk db add-user ชื่อผู้ใช้ --as ประเภท …)</translation>
    </message>
    <message>
        <source>  (cannot log in)</source>
        <translation>  (เข้าระบบไม่ได้)</translation>
    </message>
    <message>
        <source>Removed {0}: its rights in kmdesk and the login</source>
        <translation>ลบ {0} แล้ว: ทั้งสิทธิ์ใน kmdesk และชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Removed {0} from kmdesk; the login itself was kept, because it owns something or has rights elsewhere on the server</source>
        <translation>ลบ {0} ออกจาก kmdesk แล้ว แต่ยังเก็บชื่อผู้ใช้ไว้ เพราะยังเป็นเจ้าของบางสิ่งหรือมีสิทธิ์ที่อื่นในเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>{0} already holds other data; the demo only goes into a new database</source>
        <translation>{0} มีข้อมูลอื่นอยู่แล้ว ข้อมูลตัวอย่างใส่ได้เฉพาะในฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>The demo is already in {0}</source>
        <translation>ข้อมูลตัวอย่างอยู่ใน {0} แล้ว</translation>
    </message>
    <message>
        <source>Demo written to {0}: {1} ratings, {2} facilitators in {3} teams, {4} rounds</source>
        <translation>เขียนข้อมูลตัวอย่างลง {0} แล้ว: คะแนน {1} ข้อ คุณอำนวย {2} คนใน {3} ทีม {4} รอบ</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ไม่ได้นำเข้าข้อมูลใดเลย</translation>
    </message>
    <message>
        <source>{0}: rows read: {1}; ratings added: {2}, changed: {3}, unchanged: {4}</source>
        <translation>{0}: {1} แถว เพิ่มคะแนน {2} ข้อ แก้ไข {3} ข้อ คงเดิม {4} ข้อ</translation>
    </message>
    <message>
        <source>{1}: ratings written: {0}</source>
        <translation>เขียนคะแนน {0} ข้อลง {1} แล้ว</translation>
    </message>
    <message>
        <source>new teams: {0}</source>
        <translation>ทีมใหม่: {0}</translation>
    </message>
    <message>
        <source>new facilitators: {0}</source>
        <translation>คุณอำนวยใหม่: {0}</translation>
    </message>
    <message>
        <source>new rounds: {0}</source>
        <translation>รอบใหม่: {0}</translation>
    </message>
    <message>
        <source>no display to open the window on. The headless commands work without one: kmdesk demo --no-gui, import, export, analyze, chart, report, framework (kmdesk --help)</source>
        <translation>ไม่มีจอให้เปิดหน้าต่าง คำสั่งที่ไม่ต้องใช้จอยังใช้ได้: kmdesk demo --no-gui, import, export, analyze, chart, report, framework (kmdesk --help)</translation>
    </message>
    <message>
        <source>interrupted; nothing half-written was kept</source>
        <translation>ถูกขัดจังหวะ ไม่มีไฟล์ที่เขียนค้างครึ่งทางเหลืออยู่</translation>
    </message>
    <message>
        <source>an unexpected error stopped the command; the details are in {0}</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิดจนคำสั่งหยุด รายละเอียดอยู่ใน {0}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>{0}: the file written here ends in {1}; give a name ending in {1}</source>
        <translation>{0}: ไฟล์ที่เขียนตรงนี้ต้องลงท้ายด้วย {1} ให้ใช้ชื่อที่ลงท้ายด้วย {1}</translation>
    </message>
    <message>
        <source>{0}: cannot be written ({1})</source>
        <translation>{0}: เขียนไม่ได้ ({1})</translation>
    </message>
    <message>
        <source>nobody in {0} has ratings in {1} as {2}</source>
        <translation>ยังไม่มีใครในทีม {0} มีคะแนนใน{1} ในบทบาท {2}</translation>
    </message>
    <message>
        <source>nobody in {0} has ratings in {1}</source>
        <translation>ยังไม่มีใครในทีม {0} มีคะแนนใน{1}</translation>
    </message>
    <message>
        <source>{0} has no ratings in {1} as {2}</source>
        <translation>{0} ไม่มีคะแนนใน{1} ในบทบาท {2}</translation>
    </message>
    <message>
        <source>{0} has no ratings in {1}</source>
        <translation>{0} ไม่มีคะแนนใน{1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>เขียน {0} แล้ว</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder</source>
        <translation>{0} เป็นไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>nobody has ratings in {0}; no reports written</source>
        <translation>ยังไม่มีใครมีคะแนนใน{0} จึงไม่ได้เขียนรายงาน</translation>
    </message>
    <message>
        <source>--jobs must be 1 or more</source>
        <translation>--jobs ต้องเป็น 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>{0}/{1} reports</source>
        <translation>รายงาน {0}/{1}</translation>
    </message>
    <message>
        <source>Wrote {0} reports ({1} people, {2} teams) to {3}</source>
        <translation>เขียนรายงาน {0} ฉบับ ({1} คน {2} ทีม) ลง {3} แล้ว</translation>
    </message>
    <message>
        <source>{0} is a folder</source>
        <translation>{0} เป็นโฟลเดอร์</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: อ่านไม่ได้ ({1})</translation>
    </message>
    <message>
        <source>{0} exists and is not a PDF; it was not overwritten</source>
        <translation>{0} มีอยู่แล้วและไม่ใช่ PDF จึงไม่ได้เขียนทับ</translation>
    </message>
    <message>
        <source>--team and --round choose the sheets of --matrix FILE.xlsx</source>
        <translation>--team และ --round ใช้เลือกแผ่นงานของ --matrix ไฟล์.xlsx</translation>
    </message>
    <message>
        <source>give one file: FILE.csv or FILE.xlsx for ratings, or --matrix FILE.xlsx</source>
        <translation>ใส่ไฟล์เดียว: ไฟล์.csv หรือ ไฟล์.xlsx สำหรับคะแนน หรือ --matrix ไฟล์.xlsx</translation>
    </message>
    <message>
        <source>Table of Freedom written to {0}: {1} sheets (a team and round each) and {2} ratings on the last sheet</source>
        <translation>เขียนตารางแห่งอิสรภาพลง {0} แล้ว: {1} แผ่นงาน (แผ่นละหนึ่งทีมหนึ่งรอบ) และคะแนน {2} ข้อในแผ่นสุดท้าย</translation>
    </message>
    <message>
        <source>give one file: a ratings FILE, or --roster FILE</source>
        <translation>ใส่ไฟล์เดียว: ไฟล์คะแนน หรือ --roster ไฟล์</translation>
    </message>
    <message>
        <source>{0}: people in the file: {1}; added: {2}, updated: {3}, unchanged: {4}</source>
        <translation>{0}: {1} คน เพิ่ม {2} คน ปรับ {3} คน คงเดิม {4} คน</translation>
    </message>
    <message>
        <source>added: {0}</source>
        <translation>เพิ่ม: {0}</translation>
    </message>
    <message>
        <source>updated: {0}</source>
        <translation>ปรับ: {0}</translation>
    </message>
    <message>
        <source>--competency: no competency {0}; competencies: {1}</source>
        <translation>--competency: ไม่มีสมรรถนะ {0}; สมรรถนะที่มี: {1}</translation>
    </message>
    <message>
        <source>--due: {0} is not a date; write YYYY-MM-DD, e.g. 2568-03-31 or 2025-03-31</source>
        <translation>--due: {0} ไม่ใช่วันที่ ให้เขียนแบบ ปปปป-ดด-วว เช่น 2568-03-31 หรือ 2025-03-31</translation>
    </message>
    <message>
        <source>Action added: {0}</source>
        <translation>เพิ่มแผนการเรียนรู้แล้ว: {0}</translation>
    </message>
    <message>
        <source>{0} is the start of several actions' ids; give more of it</source>
        <translation>{0} เป็นส่วนต้นของรหัสแผนหลายข้อ ให้พิมพ์รหัสยาวขึ้น</translation>
    </message>
    <message>
        <source>no action with id {0} (kmdesk plan list shows the ids)</source>
        <translation>ไม่มีแผนรหัส {0} (ดูรหัสได้จาก kmdesk plan list)</translation>
    </message>
    <message>
        <source>Action {0} is now {1}</source>
        <translation>แผน {0} เปลี่ยนสถานะเป็น{1}แล้ว</translation>
    </message>
    <message>
        <source>Review saved for action {0}</source>
        <translation>บันทึกการทบทวนหลังการปฏิบัติของแผน {0} แล้ว</translation>
    </message>
    <message>
        <source>Agreed level {0} for {1} saved</source>
        <translation>บันทึกระดับที่ทีมเห็นพ้อง {0} สำหรับ {1} แล้ว</translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <source>you may change only your own ratings; nothing was saved</source>
        <translation>คุณแก้ไขได้เฉพาะคะแนนของตนเอง จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>you may change only your own team's ratings; nothing was saved</source>
        <translation>คุณแก้ไขได้เฉพาะคะแนนของทีมตนเอง จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>only the network's administrator may change the framework, its targets and settings; nothing was saved</source>
        <translation>เฉพาะผู้ดูแลเครือข่ายเท่านั้นที่แก้ไขกรอบความสามารถ เป้าหมาย และการตั้งค่าได้ จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>you may change only your own team and its people; nothing was saved</source>
        <translation>คุณแก้ไขได้เฉพาะทีมของตนเองและสมาชิกในทีม จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>only your team lead may change the team and its people; nothing was saved</source>
        <translation>เฉพาะหัวหน้าทีมเท่านั้นที่แก้ไขทีมและสมาชิกได้ จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>only a team lead or the administrator may add or change rounds; nothing was saved</source>
        <translation>เฉพาะหัวหน้าทีมหรือผู้ดูแลเครือข่ายเท่านั้นที่เพิ่มหรือแก้ไขรอบได้ จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>your login may not make this change; nothing was saved</source>
        <translation>ชื่อผู้ใช้ของคุณไม่มีสิทธิ์เปลี่ยนแปลงเรื่องนี้ จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>other teams' records use this, and you may not change them; nothing was saved</source>
        <translation>ข้อมูลของทีมอื่นใช้สิ่งนี้อยู่ และคุณไม่มีสิทธิ์แก้ไขข้อมูลเหล่านั้น จึงไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>has a header but no ratings</source>
        <translation>มีแถวหัวตาราง แต่ไม่มีคะแนน</translation>
    </message>
    <message>
        <source>has a header but nobody in it</source>
        <translation>มีแถวหัวตาราง แต่ไม่มีรายชื่อใครเลย</translation>
    </message>
    <message>
        <source>has no sheet to read</source>
        <translation>ไม่มีแผ่นงานให้อ่าน</translation>
    </message>
    <message>
        <source>is not a CSV text file (it holds binary data)</source>
        <translation>ไม่ใช่ไฟล์ข้อความ CSV (มีข้อมูลไบนารี)</translation>
    </message>
    <message>
        <source>is an Excel workbook, not a CSV file; save it with the .xlsx ending</source>
        <translation>เป็นไฟล์ Excel ไม่ใช่ CSV ให้บันทึกเป็นชื่อที่ลงท้ายด้วย .xlsx</translation>
    </message>
    <message>
        <source>exists and is not a kmdesk bundle; it was left untouched</source>
        <translation>มีอยู่แล้วและไม่ใช่ไฟล์ผลประเมินของ kmdesk จึงไม่ได้แตะต้องไฟล์นั้น</translation>
    </message>
    <message>
        <source>exists and is not a kmdesk Table of Freedom; it was left untouched</source>
        <translation>มีอยู่แล้วและไม่ใช่ตารางแห่งอิสรภาพของ kmdesk จึงไม่ได้แตะต้องไฟล์นั้น</translation>
    </message>
    <message>
        <source>row {0}, column {1}</source>
        <translation>แถว {0} คอลัมน์ {1}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>แถว {0}</translation>
    </message>
    <message>
        <source>{0} is not a kmdesk database</source>
        <translation>{0} ไม่ใช่ฐานข้อมูลของ kmdesk</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be opened</source>
        <translation>{0} เสียหายและเปิดไม่ได้</translation>
    </message>
    <message>
        <source>{0} was written by a newer version of kmdesk; please update kmdesk to open it</source>
        <translation>{0} เขียนโดย kmdesk รุ่นที่ใหม่กว่า โปรดอัปเดต kmdesk เพื่อเปิดไฟล์นี้</translation>
    </message>
    <message>
        <source>{0}: no such database; to make a new one there: kmdesk db init PATH</source>
        <translation>{0}: ไม่มีฐานข้อมูลนี้ หากต้องการสร้างใหม่ที่นั่น: kmdesk db init ที่อยู่ไฟล์</translation>
    </message>
    <message>
        <source>{0} could not be upgraded to this version of kmdesk; it was put back as it was. Please send the log file to whoever supports kmdesk</source>
        <translation>{0} ปรับรุ่นให้เข้ากับ kmdesk รุ่นนี้ไม่ได้ จึงคืนไฟล์กลับเป็นอย่างเดิมแล้ว โปรดส่งไฟล์บันทึกการทำงาน (log) ให้ผู้ดูแล kmdesk</translation>
    </message>
    <message>
        <source>{0}: the server wants a password, and none was found (.pgpass, PGSERVICE or the keyring)</source>
        <translation>{0}: เซิร์ฟเวอร์ต้องการรหัสผ่าน แต่หาไม่พบ (.pgpass, PGSERVICE หรือที่เก็บรหัสผ่านของระบบ)</translation>
    </message>
    <message>
        <source>{0}: the server refused this login ({1})</source>
        <translation>{0}: เซิร์ฟเวอร์ไม่ยอมให้ชื่อผู้ใช้นี้เข้า ({1})</translation>
    </message>
    <message>
        <source>{0}: this kmdesk opens database files only; a shared server needs kmdesk installed with its PostgreSQL driver (pip install kmdesk[postgres])</source>
        <translation>{0}: kmdesk ชุดนี้เปิดได้เฉพาะไฟล์ฐานข้อมูล หากจะใช้เซิร์ฟเวอร์ร่วม ต้องติดตั้ง kmdesk พร้อมไดรเวอร์ PostgreSQL (pip install kmdesk[postgres])</translation>
    </message>
    <message>
        <source>{0}: no server answers there; is it running, and is the address right?</source>
        <translation>{0}: ไม่มีเซิร์ฟเวอร์ตอบที่นั่น เซิร์ฟเวอร์เปิดอยู่หรือไม่ และที่อยู่ถูกต้องหรือไม่</translation>
    </message>
    <message>
        <source>{0} cannot be used ({1})</source>
        <translation>ใช้ {0} ไม่ได้ ({1})</translation>
    </message>
    <message>
        <source>; the newest backup is {0} (kmdesk db restore FILE)</source>
        <translation> ข้อมูลสำรองล่าสุดคือ {0} (kmdesk db restore ไฟล์)</translation>
    </message>
    <message>
        <source>the disk is full, so nothing was saved. Free some space and try again</source>
        <translation>ดิสก์เต็ม จึงไม่ได้บันทึกอะไร โปรดเพิ่มพื้นที่ว่างแล้วลองใหม่</translation>
    </message>
    <message>
        <source>another program (perhaps another kmdesk) kept the database busy, so nothing was saved. Try again in a moment</source>
        <translation>โปรแกรมอื่น (อาจเป็น kmdesk อีกหน้าต่าง) ใช้ฐานข้อมูลอยู่นานเกินไป จึงไม่ได้บันทึกอะไร โปรดลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>the database cannot be written (the file, its folder or the disk is read-only), so nothing was changed</source>
        <translation>เขียนฐานข้อมูลไม่ได้ (ไฟล์ โฟลเดอร์ หรือดิสก์เป็นแบบอ่านอย่างเดียว) จึงไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>someone else's change got in the way; nothing was saved. Try again</source>
        <translation>มีคนอื่นแก้ไขพร้อมกัน จึงไม่ได้บันทึกอะไร โปรดลองใหม่</translation>
    </message>
    <message>
        <source>the connection to the server was lost; nothing was saved. Try again when the server answers</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย จึงไม่ได้บันทึกอะไร โปรดลองใหม่เมื่อเซิร์ฟเวอร์ตอบกลับ</translation>
    </message>
    <message>
        <source>{0!r} matches several facilitators in team {1}: {2}; give the full name</source>
        <translation>{0!r} ตรงกับคุณอำนวยหลายคนในทีม {1}: {2} โปรดใส่ชื่อเต็ม</translation>
    </message>
    <message>
        <source>{0!r} matches several facilitators: {2}; give the full name, or the team (--team)</source>
        <translation>{0!r} ตรงกับคุณอำนวยหลายคน: {2} โปรดใส่ชื่อเต็ม หรือระบุทีม (--team)</translation>
    </message>
    <message>
        <source>no team named {0!r}</source>
        <translation>ไม่มีทีมชื่อ {0!r}</translation>
    </message>
    <message>
        <source>no facilitator named {0!r}</source>
        <translation>ไม่มีคุณอำนวยชื่อ {0!r}</translation>
    </message>
    <message>
        <source>no round {0!r}</source>
        <translation>ไม่มีรอบ {0!r}</translation>
    </message>
    <message>
        <source>no role {0!r}</source>
        <translation>ไม่มีบทบาท {0!r}</translation>
    </message>
    <message>
        <source> in team {0}</source>
        <translation> ในทีม {0}</translation>
    </message>
    <message>
        <source>did you mean: {0}?</source>
        <translation>หมายถึง {0} หรือไม่</translation>
    </message>
    <message>
        <source>teams: {0}</source>
        <translation>ทีมที่มี: {0}</translation>
    </message>
    <message>
        <source>facilitators: {0}</source>
        <translation>คุณอำนวยที่มี: {0}</translation>
    </message>
    <message>
        <source>rounds: {0}</source>
        <translation>รอบที่มี: {0}</translation>
    </message>
    <message>
        <source>roles: {0}</source>
        <translation>บทบาทที่มี: {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
</context>
<context>
    <name>CliFileProblems</name>
    <message>
        <source>{cell} is not a level (1–5, or ? for not sure)</source>
        <translation>{cell} ไม่ใช่ระดับ (1–5 หรือ ? เมื่อไม่แน่ใจ)</translation>
    </message>
    <message>
        <source>{cell} is not an indicator or competency code of framework version {n} (e.g. S7.1, or S7 for its first indicator)</source>
        <translation>{cell} ไม่ใช่รหัสตัวชี้วัดหรือสมรรถนะของกรอบฉบับที่ {n} (เช่น S7.1 หรือ S7 สำหรับตัวชี้วัดแรกของสมรรถนะนั้น)</translation>
    </message>
    <message>
        <source>{cell} is not a role ({codes}, or {thai})</source>
        <translation>{cell} ไม่ใช่บทบาท ({thai} หรือ {codes})</translation>
    </message>
    <message>
        <source>{cell} is not a date (expected YYYY-MM-DD, e.g. 2025-08-08 or the Buddhist-Era 2568-08-08)</source>
        <translation>{cell} ไม่ใช่วันที่ (ต้องเป็น ปปปป-ดด-วว เช่น 2568-08-08 แบบพุทธศักราช หรือ 2025-08-08)</translation>
    </message>
    <message>
        <source>{day_a} differs from the date of the existing round {title} ({day_b})</source>
        <translation>{day_a} ไม่ตรงกับวันที่ของรอบ {title} ที่มีอยู่แล้ว ({day_b})</translation>
    </message>
    <message>
        <source>{day_a} differs from row {row}, which dates round {title} {day_b}</source>
        <translation>{day_a} ไม่ตรงกับแถว {row} ซึ่งลงวันที่รอบ {title} เป็น {day_b}</translation>
    </message>
    <message>
        <source>gives level {a} for {what}, but row {row} gives {b}</source>
        <translation>ให้ระดับ {a} สำหรับ {what} แต่แถว {row} ให้ระดับ {b}</translation>
    </message>
    <message>
        <source>gives other evidence for {what} than row {row}</source>
        <translation>ให้หลักฐานสำหรับ {what} ต่างจากแถว {row}</translation>
    </message>
    <message>
        <source>the {what} is empty</source>
        <translation>{what}ว่างเปล่า</translation>
    </message>
    <message>
        <source>the note is {n} characters long; kmdesk keeps notes of up to {m} characters</source>
        <translation>บันทึกยาว {n} ตัวอักษร kmdesk เก็บบันทึกได้ไม่เกิน {m} ตัวอักษร</translation>
    </message>
    <message>
        <source>the note holds the control character {code} at character {at}, which no screen shows; kmdesk keeps readable text (tabs and line breaks are fine)</source>
        <translation>บันทึกมีอักขระควบคุม {code} ที่ตัวอักษรที่ {at} ซึ่งไม่แสดงบนจอใด ๆ kmdesk เก็บเฉพาะข้อความที่อ่านได้ (แท็บและการขึ้นบรรทัดใหม่ใช้ได้)</translation>
    </message>
    <message>
        <source>SQLite integrity check: {line}</source>
        <translation>การตรวจความสมบูรณ์ของ SQLite: {line}</translation>
    </message>
    <message>
        <source>SQLite could not read the whole file ({why})</source>
        <translation>SQLite อ่านไฟล์ได้ไม่ครบทั้งไฟล์ ({why})</translation>
    </message>
    <message>
        <source>SQLite could not open it ({why})</source>
        <translation>SQLite เปิดไฟล์นี้ไม่ได้ ({why})</translation>
    </message>
    <message>
        <source>{table} row {row} points at a missing {parent}</source>
        <translation>ตาราง {table} แถว {row} อ้างถึง {parent} ที่ไม่มีอยู่</translation>
    </message>
    <message>
        <source>{count} ratings have a level outside 1–5</source>
        <translation>มีคะแนน {count} ข้อที่ระดับอยู่นอกช่วง 1–5</translation>
    </message>
    <message>
        <source>{count} ratings use an indicator that is not in their round's framework version</source>
        <translation>มีคะแนน {count} ข้อที่ใช้ตัวชี้วัดซึ่งไม่อยู่ในกรอบสมรรถนะฉบับของรอบนั้น</translation>
    </message>
    <message>
        <source>team {team} has {count} people with the same name: {names}</source>
        <translation>ทีม {team} มี {count} คนที่ชื่อเหมือนกัน: {names}</translation>
    </message>
    <message>
        <source>{column}: {count} values are not UTF-8 text (damaged)</source>
        <translation>{column}: มี {count} ค่าที่ไม่ใช่ข้อความ UTF-8 (เสียหาย)</translation>
    </message>
    <message>
        <source>the note of {who} is {n} characters long; a ratings file holds notes of up to {m}, so it could not be imported again. Shorten the note in the app, then export again. Nothing was written</source>
        <translation>บันทึกของ {who} ยาว {n} ตัวอักษร ไฟล์คะแนนเก็บบันทึกได้ไม่เกิน {m} ตัวอักษร จึงนำเข้ากลับมาไม่ได้ ให้ย่อบันทึกในแอปแล้วส่งออกอีกครั้ง ไม่ได้เขียนไฟล์ใดเลย</translation>
    </message>
    <message>
        <source>would hold {n} ratings; a ratings file holds at most {m}, so it could not be imported again. Nothing was written (for a copy of everything use kmdesk bundle export --all, or kmdesk db backup)</source>
        <translation>จะมีคะแนน {n} ข้อ แต่ไฟล์คะแนนเก็บได้ไม่เกิน {m} ข้อ จึงนำเข้ากลับมาไม่ได้ ไม่ได้เขียนไฟล์ใดเลย (ถ้าต้องการสำเนาทั้งหมด ใช้ kmdesk bundle export --all หรือ kmdesk db backup)</translation>
    </message>
    <message>
        <source>a cell holds more than {n} characters; kmdesk keeps notes of up to {m} characters and names of up to {k} (the file may be damaged)</source>
        <translation>มีช่องที่ยาวเกิน {n} ตัวอักษร kmdesk เก็บบันทึกได้ไม่เกิน {m} ตัวอักษร และชื่อได้ไม่เกิน {k} ตัวอักษร (ไฟล์อาจเสียหาย)</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>อ่านไม่ได้ ({why})</translation>
    </message>
    <message>
        <source>is a folder; expected a .csv or .xlsx file</source>
        <translation>เป็นโฟลเดอร์ แต่ต้องเป็นไฟล์ .csv หรือ .xlsx</translation>
    </message>
    <message>
        <source>the agency is longer than {m} characters</source>
        <translation>ชื่อหน่วยงานยาวเกิน {m} ตัวอักษร</translation>
    </message>
    <message>
        <source>the column is missing from the header (expected {columns})</source>
        <translation>ไม่มีคอลัมน์นี้ในแถวหัวตาราง (ต้องมี {columns})</translation>
    </message>
    <message>
        <source>is empty; expected a header row: {columns}</source>
        <translation>ว่างเปล่า ต้องมีแถวหัวตาราง: {columns}</translation>
    </message>
    <message>
        <source>has the ending {ending}; expected .csv or .xlsx</source>
        <translation>ลงท้ายด้วย {ending} แต่ต้องเป็น .csv หรือ .xlsx</translation>
    </message>
    <message>
        <source>is not a kmdesk bundle ({why}); a bundle is made by kmdesk bundle export</source>
        <translation>ไม่ใช่ไฟล์ผลประเมินของ kmdesk ({why}) ไฟล์ผลประเมินต้องสร้างด้วย kmdesk bundle export</translation>
    </message>
    <message>
        <source>is damaged or incomplete: {why}; ask for it to be sent again</source>
        <translation>เสียหายหรือไม่ครบ: {why} โปรดขอให้ส่งมาใหม่</translation>
    </message>
    <message>
        <source>the column is missing (expected {columns})</source>
        <translation>ไม่มีคอลัมน์นี้ (ต้องมี {columns})</translation>
    </message>
    <message>
        <source>is in the header more than once; keep the one to read</source>
        <translation>มีในแถวหัวตารางมากกว่าหนึ่งครั้ง ให้เหลือไว้คอลัมน์เดียวที่จะอ่าน</translation>
    </message>
    <message>
        <source>exists and is not a kmdesk ratings file; it was left untouched</source>
        <translation>มีอยู่แล้วและไม่ใช่ไฟล์คะแนนของ kmdesk จึงไม่ได้แตะต้องไฟล์นั้น</translation>
    </message>
    <message>
        <source>facilitator's name</source>
        <translation>ชื่อคุณอำนวย</translation>
    </message>
    <message>
        <source>team's name</source>
        <translation>ชื่อทีม</translation>
    </message>
    <message>
        <source>round's title</source>
        <translation>ชื่อรอบ</translation>
    </message>
    <message>
        <source>an empty cell</source>
        <translation>ช่องว่าง</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>send ratings with their history to another PC, or merge what others sent</source>
        <translation>ส่งคะแนนพร้อมประวัติไปยังเครื่องอื่น หรือรวมไฟล์ที่ผู้อื่นส่งมา</translation>
    </message>
    <message>
        <source>A bundle (.kmdesk) carries ratings with their history, the people, teams and rounds, and the framework they use. Merging matches by id and is all or nothing; the same bundle twice changes nothing.</source>
        <translation>ไฟล์ผลประเมิน (.kmdesk) บรรจุคะแนนพร้อมประวัติ รายชื่อคน ทีม รอบ และกรอบความสามารถที่ใช้ การรวมจับคู่ด้วยรหัสประจำตัวและรวมได้ทั้งหมดหรือไม่รวมเลย รวมไฟล์เดิมซ้ำจะไม่เปลี่ยนอะไร</translation>
    </message>
    <message>
        <source>write a bundle of one person, a team, a round or all</source>
        <translation>เขียนไฟล์ผลประเมินของคนหนึ่งคน ทีมหนึ่ง รอบหนึ่ง หรือทั้งหมด</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>ทั้งฐานข้อมูล</translation>
    </message>
    <message>
        <source>one facilitator's ratings (with --team if needed)</source>
        <translation>คะแนนของคุณอำนวยหนึ่งคน (ใส่ --team หากจำเป็น)</translation>
    </message>
    <message>
        <source>a team's members and their ratings</source>
        <translation>สมาชิกของทีมและคะแนนของพวกเขา</translation>
    </message>
    <message>
        <source>only this round (title, date or number)</source>
        <translation>เฉพาะรอบนี้ (ชื่อรอบ วันที่ หรือลำดับ)</translation>
    </message>
    <message>
        <source>the bundle to write, FILE.kmdesk</source>
        <translation>ไฟล์ผลประเมินที่จะเขียน ไฟล์.kmdesk</translation>
    </message>
    <message>
        <source>merge one or more bundles into this database</source>
        <translation>รวมไฟล์ผลประเมินหนึ่งไฟล์หรือมากกว่าเข้าในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>แสดงว่าจะเปลี่ยนอะไร โดยไม่เขียนอะไรเลย</translation>
    </message>
    <message>
        <source>treat a person with the same name and team but another id as the same person</source>
        <translation>ถือว่าคนที่ชื่อและทีมเดียวกันแต่รหัสต่างกันเป็นคนเดียวกัน</translation>
    </message>
    <message>
        <source>also write every rating's outcome</source>
        <translation>เขียนผลของคะแนนทุกข้อลงไฟล์ด้วย</translation>
    </message>
    <message>
        <source>make, back up, restore, check or upgrade a database; a server's logins</source>
        <translation>สร้าง สำรอง กู้คืน ตรวจสอบ หรือปรับรุ่นฐานข้อมูล และชื่อผู้ใช้ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Backups are copies made inside SQLite, safe while the app is open. upgrade works on a file or a server; add-user, users and remove-user set up a server's logins.</source>
        <translation>ข้อมูลสำรองคือสำเนาที่ SQLite ทำให้ ทำได้อย่างปลอดภัยแม้แอปเปิดอยู่ upgrade ใช้ได้ทั้งกับไฟล์และเซิร์ฟเวอร์ ส่วน add-user, users และ remove-user ใช้จัดการชื่อผู้ใช้ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>make a new, empty database</source>
        <translation>สร้างฐานข้อมูลใหม่ที่ว่างเปล่า</translation>
    </message>
    <message>
        <source>the new database file, e.g. team.db</source>
        <translation>ไฟล์ฐานข้อมูลใหม่ เช่น team.db</translation>
    </message>
    <message>
        <source>back up the database now (or to -o FILE)</source>
        <translation>สำรองฐานข้อมูลเดี๋ยวนี้ (หรือลง -o ไฟล์)</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>ไฟล์สำรองที่จะเขียน</translation>
    </message>
    <message>
        <source>how many automatic backups to keep from now on (default 10)</source>
        <translation>จำนวนข้อมูลสำรองอัตโนมัติที่จะเก็บไว้นับจากนี้ (ค่าเริ่มต้น 10)</translation>
    </message>
    <message>
        <source>list the automatic backups</source>
        <translation>แสดงรายการข้อมูลสำรองอัตโนมัติ</translation>
    </message>
    <message>
        <source>put a backup in place of the database</source>
        <translation>นำข้อมูลสำรองมาแทนที่ฐานข้อมูล</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>ไฟล์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>check the file and kmdesk's own rules; change nothing</source>
        <translation>ตรวจสอบไฟล์และกฎของ kmdesk โดยไม่เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>bring the database up to this kmdesk (a file, or a server as its setup account)</source>
        <translation>ปรับฐานข้อมูลให้เข้ากับ kmdesk รุ่นนี้ (ไฟล์ หรือเซิร์ฟเวอร์ด้วยบัญชีผู้ติดตั้ง)</translation>
    </message>
    <message>
        <source>remove the framework's edit PIN when the team lead has forgotten it</source>
        <translation>ยกเลิกรหัส PIN สำหรับแก้ไขกรอบความสามารถ เมื่อหัวหน้าทีมลืมรหัส</translation>
    </message>
    <message>
        <source>a server login for a person: facilitator, team lead or admin</source>
        <translation>ชื่อผู้ใช้เซิร์ฟเวอร์สำหรับคนหนึ่งคน: คุณอำนวย หัวหน้าทีม หรือผู้ดูแลเครือข่าย</translation>
    </message>
    <message>
        <source>Makes the PostgreSQL login (or takes an existing one) and says who it is. Run it as the server's setup account. The password is asked for (or read from standard input), never given on the command line.</source>
        <translation>สร้างชื่อผู้ใช้ PostgreSQL (หรือใช้ชื่อที่มีอยู่) และระบุว่าเป็นใคร ให้รันด้วยบัญชีผู้ติดตั้งของเซิร์ฟเวอร์ รหัสผ่านจะถูกถาม (หรืออ่านจากอินพุตมาตรฐาน) ไม่ใส่ในบรรทัดคำสั่ง</translation>
    </message>
    <message>
        <source>the login, e.g. malai_s (a-z, 0-9, _)</source>
        <translation>ชื่อผู้ใช้ เช่น malai_s (a-z, 0-9, _)</translation>
    </message>
    <message>
        <source>the person's name, as in kmdesk</source>
        <translation>ชื่อของคนนั้นตามที่อยู่ใน kmdesk</translation>
    </message>
    <message>
        <source>the team (a lead's team; finds a facilitator's name)</source>
        <translation>ทีม (ทีมของหัวหน้าทีม หรือใช้หาชื่อคุณอำนวย)</translation>
    </message>
    <message>
        <source>facilitator: writes only their own ratings; lead: their team; admin: all</source>
        <translation>facilitator: เขียนได้เฉพาะคะแนนของตนเอง, lead: ทีมของตน, admin: ทั้งหมด</translation>
    </message>
    <message>
        <source>set no password (the server checks this login another way)</source>
        <translation>ไม่ตั้งรหัสผ่าน (เซิร์ฟเวอร์ตรวจสอบชื่อผู้ใช้นี้ด้วยวิธีอื่น)</translation>
    </message>
    <message>
        <source>list the server's kmdesk logins</source>
        <translation>แสดงชื่อผู้ใช้ kmdesk ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>take a server login away: its rights, then the login</source>
        <translation>ลบชื่อผู้ใช้เซิร์ฟเวอร์: ทั้งสิทธิ์และชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Removes what add-user made: the login's rights and who it is in kmdesk, then the PostgreSQL login itself. Run it as the server's setup account. The last admin login is never removed.</source>
        <translation>ลบสิ่งที่ add-user สร้างไว้: สิทธิ์ของชื่อผู้ใช้และการระบุว่าเป็นใครใน kmdesk แล้วจึงลบชื่อผู้ใช้ PostgreSQL ให้รันด้วยบัญชีผู้ติดตั้งของเซิร์ฟเวอร์ ชื่อผู้ใช้ผู้ดูแลเครือข่ายคนสุดท้ายจะไม่ถูกลบ</translation>
    </message>
    <message>
        <source>the login, e.g. malai_s</source>
        <translation>ชื่อผู้ใช้ เช่น malai_s</translation>
    </message>
    <message>
        <source>database: a SQLite file path or a SQLAlchemy URL (default: $KMDESK_DATABASE_URL, else kmdesk.db in your data folder)</source>
        <translation>ฐานข้อมูล: ที่อยู่ไฟล์ SQLite หรือ URL ของ SQLAlchemy (ค่าเริ่มต้น: $KMDESK_DATABASE_URL หรือ kmdesk.db ในโฟลเดอร์ข้อมูลของคุณ)</translation>
    </message>
    <message>
        <source>the language of messages and of what the command writes: th or en (default: the app's language, else the system's; reports, charts and tables are Thai)</source>
        <translation>ภาษาของข้อความและสิ่งที่คำสั่งเขียน: th หรือ en (ค่าเริ่มต้น: ภาษาที่ตั้งในแอป หรือภาษาของระบบ ส่วนรายงาน แผนภูมิ และตารางเป็นภาษาไทย)</translation>
    </message>
    <message>
        <source>Self-assessment of KM facilitators (คุณอำนวย). With no command, opens the window.</source>
        <translation>การประเมินตนเองของคุณอำนวย (KM facilitators) ถ้าไม่ใส่คำสั่งจะเปิดหน้าต่างโปรแกรม</translation>
    </message>
    <message>
        <source>create a demo database and open it</source>
        <translation>สร้างฐานข้อมูลตัวอย่างแล้วเปิด</translation>
    </message>
    <message>
        <source>only create the demo database</source>
        <translation>สร้างฐานข้อมูลตัวอย่างเท่านั้น</translation>
    </message>
    <message>
        <source>import ratings from a .csv or .xlsx file</source>
        <translation>นำเข้าคะแนนจากไฟล์ .csv หรือ .xlsx</translation>
    </message>
    <message>
        <source>export all ratings to a .csv or .xlsx file</source>
        <translation>ส่งออกคะแนนทั้งหมดเป็นไฟล์ .csv หรือ .xlsx</translation>
    </message>
    <message>
        <source>river, stairs and learning pairs for a team, round and role</source>
        <translation>ธารปัญญา บันไดแห่งการเรียนรู้ และคู่เรียนรู้ ของทีม รอบ และบทบาท</translation>
    </message>
    <message>
        <source>team name, e.g. ท่าไร่</source>
        <translation>ชื่อทีม เช่น ท่าไร่</translation>
    </message>
    <message>
        <source>print JSON (the shape in the README)</source>
        <translation>พิมพ์เป็น JSON (รูปแบบตาม README)</translation>
    </message>
    <message>
        <source>draw a chart to a .png or .svg file, for slides and LINE messages</source>
        <translation>วาดแผนภูมิลงไฟล์ .png หรือ .svg สำหรับสไลด์และข้อความ LINE</translation>
    </message>
    <message>
        <source>Team charts (river, matrix, pairs; radar with --team) need --team; person charts (progress, domains, stairs; radar with --person) need --person.</source>
        <translation>แผนภูมิของทีม (river, matrix, pairs และ radar กับ --team) ต้องใส่ --team แผนภูมิของบุคคล (progress, domains, stairs และ radar กับ --person) ต้องใส่ --person</translation>
    </message>
    <message>
        <source>team name, e.g. ท่าไร่ (with --person: where to look)</source>
        <translation>ชื่อทีม เช่น ท่าไร่ (กับ --person: ทีมที่จะค้นหา)</translation>
    </message>
    <message>
        <source>facilitator's name (or one word of it)</source>
        <translation>ชื่อคุณอำนวย (หรือคำใดคำหนึ่งในชื่อ)</translation>
    </message>
    <message>
        <source>round title, date or number (default: the latest); person charts show the rounds up to it</source>
        <translation>ชื่อรอบ วันที่ หรือลำดับ (ค่าเริ่มต้น: รอบล่าสุด) แผนภูมิของบุคคลแสดงรอบต่าง ๆ จนถึงรอบนี้</translation>
    </message>
    <message>
        <source>river: another round drawn under this one</source>
        <translation>river: อีกรอบหนึ่งที่วาดซ้อนไว้ใต้รอบนี้</translation>
    </message>
    <message>
        <source>letters A, B, C… instead of people's names</source>
        <translation>ใช้อักษร A, B, C… แทนชื่อคน</translation>
    </message>
    <message>
        <source>FILE.png (200 dpi) or FILE.svg</source>
        <translation>ไฟล์.png (200 dpi) หรือ ไฟล์.svg</translation>
    </message>
    <message>
        <source>print the competency framework</source>
        <translation>พิมพ์กรอบความสามารถ</translation>
    </message>
    <message>
        <source>round title, date (2025-08-08 or 2568-08-08) or number in date order</source>
        <translation>ชื่อรอบ วันที่ (2568-08-08 หรือ 2025-08-08) หรือลำดับตามวันที่</translation>
    </message>
    <message>
        <source>coordinator, process_lead or recorder, or the Thai label (ผู้บันทึก)</source>
        <translation>coordinator, process_lead หรือ recorder หรือชื่อภาษาไทย (ผู้บันทึก)</translation>
    </message>
    <message>
        <source>A4 PDF reports: one person, one team, or everyone in a round</source>
        <translation>รายงาน PDF ขนาด A4: หนึ่งคน หนึ่งทีม หรือทุกคนในรอบ</translation>
    </message>
    <message>
        <source>Write A4 PDF reports in Thai (or English with --lang en).</source>
        <translation>เขียนรายงาน PDF ขนาด A4 เป็นภาษาไทย (หรือภาษาอังกฤษด้วย --lang en)</translation>
    </message>
    <message>
        <source>one facilitator's self-assessment for a round</source>
        <translation>ผลการประเมินตนเองของคุณอำนวยหนึ่งคนในหนึ่งรอบ</translation>
    </message>
    <message>
        <source>the facilitator's name, e.g. 'สุภาพร ใจงาม'</source>
        <translation>ชื่อคุณอำนวย เช่น 'สุภาพร ใจงาม'</translation>
    </message>
    <message>
        <source>the person's team, when two people share the name</source>
        <translation>ทีมของคนนั้น เมื่อมีสองคนชื่อซ้ำกัน</translation>
    </message>
    <message>
        <source>the PDF to write (default: NAME ROUND.pdf here)</source>
        <translation>ไฟล์ PDF ที่จะเขียน (ค่าเริ่มต้น: ชื่อ รอบ.pdf ในโฟลเดอร์นี้)</translation>
    </message>
    <message>
        <source>a team's report for a round</source>
        <translation>รายงานของทีมในหนึ่งรอบ</translation>
    </message>
    <message>
        <source>the team's name, e.g. ท่าไร่</source>
        <translation>ชื่อทีม เช่น ท่าไร่</translation>
    </message>
    <message>
        <source>the round the river is compared with (default: the round before --round)</source>
        <translation>รอบที่ใช้เปรียบเทียบในธารปัญญา (ค่าเริ่มต้น: รอบก่อน --round)</translation>
    </message>
    <message>
        <source>leave members who have not answered every indicator out of the sums (they are marked '5/18' either way)</source>
        <translation>ไม่นับสมาชิกที่ยังตอบไม่ครบทุกตัวชี้วัดในการคำนวณ (ไม่ว่าอย่างไรจะมีเครื่องหมาย '5/18' กำกับ)</translation>
    </message>
    <message>
        <source>members as letters (A, B, …), without names or agencies, for sharing wider</source>
        <translation>แสดงสมาชิกเป็นอักษร (A, B, …) ไม่มีชื่อและหน่วยงาน สำหรับเผยแพร่ในวงกว้าง</translation>
    </message>
    <message>
        <source>the PDF to write (default: TEAM ROUND.pdf here)</source>
        <translation>ไฟล์ PDF ที่จะเขียน (ค่าเริ่มต้น: ทีม รอบ.pdf ในโฟลเดอร์นี้)</translation>
    </message>
    <message>
        <source>one PDF per person and one per team for a round</source>
        <translation>PDF หนึ่งไฟล์ต่อคนและหนึ่งไฟล์ต่อทีมของรอบ</translation>
    </message>
    <message>
        <source>the folder to write into (default: reports ROUND)</source>
        <translation>โฟลเดอร์ที่จะเขียนลงไป (ค่าเริ่มต้น: reports รอบ)</translation>
    </message>
    <message>
        <source>processes to use (default: one per CPU for 8+ reports)</source>
        <translation>จำนวนโปรเซสที่ใช้ (ค่าเริ่มต้น: หนึ่งต่อ CPU เมื่อมีรายงาน 8 ฉบับขึ้นไป)</translation>
    </message>
    <message>
        <source>one role only: coordinator, process_lead, recorder or the Thai label (ผู้บันทึก)</source>
        <translation>เฉพาะบทบาทเดียว: coordinator, process_lead, recorder หรือชื่อภาษาไทย (ผู้บันทึก)</translation>
    </message>
    <message>
        <source>add an appendix: what the framework says of each level chosen</source>
        <translation>เพิ่มภาคผนวก: คำอธิบายของกรอบความสามารถสำหรับแต่ละระดับที่เลือก</translation>
    </message>
    <message>
        <source>the Table of Freedom as teams draw it: a sheet per team and round, ready to print</source>
        <translation>ตารางแห่งอิสรภาพแบบที่ทีมวาด: แผ่นงานละหนึ่งทีมหนึ่งรอบ พร้อมพิมพ์</translation>
    </message>
    <message>
        <source>with --matrix: only this team</source>
        <translation>กับ --matrix: เฉพาะทีมนี้</translation>
    </message>
    <message>
        <source>with --matrix: only this round (title, date or number)</source>
        <translation>กับ --matrix: เฉพาะรอบนี้ (ชื่อรอบ วันที่ หรือลำดับ)</translation>
    </message>
    <message>
        <source>a roster (.csv or .xlsx): name, team, agency, active</source>
        <translation>รายชื่อ (.csv หรือ .xlsx): name, team, agency, active</translation>
    </message>
    <message>
        <source>round title, date, or number in date order</source>
        <translation>ชื่อรอบ วันที่ หรือลำดับที่ของรอบตามวันที่</translation>
    </message>
    <message>
        <source>coordinator, process_lead or recorder (or Thai)</source>
        <translation>coordinator, process_lead หรือ recorder (หรือชื่อภาษาไทย)</translation>
    </message>
    <message>
        <source>agreed levels and learning actions: list, add, done, review, agree</source>
        <translation>ระดับที่ทีมเห็นพ้องและแผนการเรียนรู้: ดู เพิ่ม ทำแล้ว ทบทวน ตกลงระดับ</translation>
    </message>
    <message>
        <source>The learning cycle after the river: the level the team agreed, who learns what from whom by when, and the after-action review.</source>
        <translation>วงจรการเรียนรู้หลังแผนภาพสายน้ำ: ระดับที่ทีมเห็นพ้อง ใครเรียนรู้อะไรจากใคร ภายในเมื่อไร และการทบทวนหลังการปฏิบัติ</translation>
    </message>
    <message>
        <source>a round's plan</source>
        <translation>แผนการเรียนรู้ของรอบ</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>แสดงผลเป็น JSON</translation>
    </message>
    <message>
        <source>add a learning action</source>
        <translation>เพิ่มแผนการเรียนรู้</translation>
    </message>
    <message>
        <source>competency code, e.g. S3</source>
        <translation>รหัสสมรรถนะ เช่น S3</translation>
    </message>
    <message>
        <source>who learns (name or one word of it)</source>
        <translation>ผู้เรียนรู้ (ชื่อ หรือคำใดคำหนึ่งในชื่อ)</translation>
    </message>
    <message>
        <source>a team member to learn from</source>
        <translation>สมาชิกทีมที่จะเรียนรู้ด้วย</translation>
    </message>
    <message>
        <source>an outside source, in words</source>
        <translation>แหล่งเรียนรู้ภายนอก (เขียนเป็นข้อความ)</translation>
    </message>
    <message>
        <source>what the learner will do</source>
        <translation>สิ่งที่ผู้เรียนรู้จะทำ</translation>
    </message>
    <message>
        <source>by when: YYYY-MM-DD (2025 or Buddhist Era 2568)</source>
        <translation>ภายในวันที่: ปปปป-ดด-วว (2025 หรือ พ.ศ. 2568)</translation>
    </message>
    <message>
        <source>mark an action done</source>
        <translation>บันทึกว่าแผนทำแล้ว</translation>
    </message>
    <message>
        <source>the action's id (its first 8 characters will do)</source>
        <translation>รหัสของแผน (8 ตัวแรกก็พอ)</translation>
    </message>
    <message>
        <source>mark it dropped instead</source>
        <translation>บันทึกว่ายกเลิกแทน</translation>
    </message>
    <message>
        <source>write an action's after-action review</source>
        <translation>เขียนการทบทวนหลังการปฏิบัติ (AAR) ของแผน</translation>
    </message>
    <message>
        <source>what was supposed to happen</source>
        <translation>สิ่งที่คาดว่าจะเกิดขึ้น</translation>
    </message>
    <message>
        <source>what actually happened</source>
        <translation>สิ่งที่เกิดขึ้นจริง</translation>
    </message>
    <message>
        <source>why there was a difference</source>
        <translation>ทำไมจึงแตกต่าง</translation>
    </message>
    <message>
        <source>what we will do next time</source>
        <translation>ครั้งหน้าจะทำอะไร</translation>
    </message>
    <message>
        <source>what it produced: a note or a file path</source>
        <translation>สิ่งที่ได้ (ขุมความรู้): บันทึก หรือที่อยู่ไฟล์</translation>
    </message>
    <message>
        <source>record the agreed level</source>
        <translation>บันทึกระดับที่ทีมเห็นพ้อง</translation>
    </message>
    <message>
        <source>why the team agreed on it</source>
        <translation>เหตุผลที่ทีมเห็นพ้องกัน</translation>
    </message>
</context>
<context>
    <name>CliMerge</name>
    <message>
        <source>Ratings in {0}: {1} added, {2} updated, {3} unchanged, {4} conflicts</source>
        <translation>คะแนนใน {0}: เพิ่ม {1} ข้อ ปรับ {2} ข้อ คงเดิม {3} ข้อ ขัดกัน {4} ข้อ</translation>
    </message>
    <message>
        <source> (dry run: nothing was written)</source>
        <translation> (ทดลองดู: ไม่ได้เขียนอะไร)</translation>
    </message>
    <message>
        <source>Agreed levels: {0} added, {1} updated, {2} unchanged</source>
        <translation>ระดับที่เห็นพ้อง: เพิ่ม {0} ข้อ ปรับ {1} ข้อ คงเดิม {2} ข้อ</translation>
    </message>
    <message>
        <source>Learning actions: {0} added, {1} updated, {2} unchanged</source>
        <translation>แผนการเรียนรู้: เพิ่ม {0} ข้อ ปรับ {1} ข้อ คงเดิม {2} ข้อ</translation>
    </message>
    <message>
        <source>new teams would be added: {0}</source>
        <translation>ทีมใหม่ที่จะเพิ่ม: {0}</translation>
    </message>
    <message>
        <source>new people would be added: {0}</source>
        <translation>คนใหม่ที่จะเพิ่ม: {0}</translation>
    </message>
    <message>
        <source>new rounds would be added: {0}</source>
        <translation>รอบใหม่ที่จะเพิ่ม: {0}</translation>
    </message>
    <message>
        <source>new teams were added: {0}</source>
        <translation>เพิ่มทีมใหม่แล้ว: {0}</translation>
    </message>
    <message>
        <source>new people were added: {0}</source>
        <translation>เพิ่มคนใหม่แล้ว: {0}</translation>
    </message>
    <message>
        <source>new rounds were added: {0}</source>
        <translation>เพิ่มรอบใหม่แล้ว: {0}</translation>
    </message>
    <message>
        <source>deleted on another PC, deleted here too: {0} ({1}), with its {2} ratings and {3} agreed levels and actions</source>
        <translation>ถูกลบที่เครื่องอื่น จึงลบที่นี่ด้วย: {0} ({1}) พร้อมคะแนน {2} ข้อ และระดับที่เห็นพ้องกับแผนการเรียนรู้ {3} ข้อ</translation>
    </message>
    <message>
        <source>deleted on another PC, would be deleted here too: {0} ({1}), with its {2} ratings and {3} agreed levels and actions</source>
        <translation>ถูกลบที่เครื่องอื่น จะลบที่นี่ด้วย: {0} ({1}) พร้อมคะแนน {2} ข้อ และระดับที่เห็นพ้องกับแผนการเรียนรู้ {3} ข้อ</translation>
    </message>
    <message>
        <source>deleted here, kept deleted: {0} in {1} (deleted {2}); its {3} ratings and {4} agreed levels and actions in the file were left out</source>
        <translation>ลบที่นี่แล้ว จึงไม่นำกลับมา: {0} ใน {1} (ลบเมื่อ {2}) คะแนน {3} ข้อ และระดับที่เห็นพ้องกับแผนการเรียนรู้ {4} ข้อ ในไฟล์จึงไม่ได้รวม</translation>
    </message>
    <message>
        <source>round {0}</source>
        <translation>รอบ {0}</translation>
    </message>
    <message>
        <source>person {0}</source>
        <translation>บุคคล {0}</translation>
    </message>
    <message>
        <source>team {0}</source>
        <translation>ทีม {0}</translation>
    </message>
    <message>
        <source>framework: {0}</source>
        <translation>กรอบความสามารถ: {0}</translation>
    </message>
    <message>
        <source>matched by name: {0}</source>
        <translation>จับคู่ด้วยชื่อ: {0}</translation>
    </message>
    <message>
        <source>probably the same person: {0} ({1}) in {2} and in {3} have different ids (merged as one)</source>
        <translation>น่าจะเป็นคนเดียวกัน: {0} ({1}) ใน {2} และใน {3} มีรหัสต่างกัน (รวมเป็นคนเดียวแล้ว)</translation>
    </message>
    <message>
        <source>probably the same person: {0} ({1}) in {2} and in {3} have different ids (would be merged as one)</source>
        <translation>น่าจะเป็นคนเดียวกัน: {0} ({1}) ใน {2} และใน {3} มีรหัสต่างกัน (จะรวมเป็นคนเดียว)</translation>
    </message>
    <message>
        <source>probably the same person: {0} ({1}) in {2} and in {3} have different ids (not merged)</source>
        <translation>น่าจะเป็นคนเดียวกัน: {0} ({1}) ใน {2} และใน {3} มีรหัสต่างกัน (ยังไม่ได้รวม)</translation>
    </message>
    <message>
        <source>kept as it is here: {0}</source>
        <translation>คงไว้ตามที่นี่: {0}</translation>
    </message>
    <message>
        <source>conflict: {0}</source>
        <translation>ขัดกัน: {0}</translation>
    </message>
    <message>
        <source>kept: {0} from {1}; {2}</source>
        <translation>เก็บ: {0} จาก {1}; {2}</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>ฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>ล้างแล้ว</translation>
    </message>
    <message>
        <source>the later change wins: {0} is after {1}; {2} stays in the rating's history</source>
        <translation>ใช้ค่าที่แก้ไขทีหลัง: {0} หลัง {1} ส่วน {2} ยังอยู่ในประวัติของคะแนน</translation>
    </message>
    <message>
        <source>both changed at {0}; the PC id decides ({1} comes after {2})</source>
        <translation>ทั้งสองเครื่องแก้ไขเวลาเดียวกัน ({0}) จึงตัดสินด้วยรหัสเครื่อง ({1} มาหลัง {2})</translation>
    </message>
    <message>
        <source>{0}, PC {1}</source>
        <translation>{0} เครื่อง {1}</translation>
    </message>
    <message>
        <source>(before history)</source>
        <translation>(ก่อนมีประวัติ)</translation>
    </message>
    <message>
        <source>probably the same person under two ids: {0}. Nothing was merged; to merge each pair as one person, confirm it (kmdesk bundle import --merge-people)</source>
        <translation>น่าจะเป็นคนเดียวกันแต่มีสองรหัส: {0} จึงไม่ได้รวมข้อมูลใดเลย หากต้องการรวมแต่ละคู่เป็นคนเดียว ให้ยืนยัน (kmdesk bundle import --merge-people)</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source>Agreed levels</source>
        <translation>ระดับที่ทีมเห็นพ้อง</translation>
    </message>
    <message>
        <source>Worth a conversation (spread at least {0}):</source>
        <translation>ควรคุยกันในทีม (คะแนนห่างกันตั้งแต่ {0}):</translation>
    </message>
    <message>
        <source>Action ids:</source>
        <translation>รหัสของแผนแต่ละข้อ:</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>The file {0} is not a kmdesk database.</source>
        <translation>ไฟล์ {0} ไม่ใช่ฐานข้อมูลของ kmdesk</translation>
    </message>
    <message>
        <source>The file {0} is damaged and cannot be opened.</source>
        <translation>ไฟล์ {0} เสียหาย เปิดไม่ได้</translation>
    </message>
    <message>
        <source>The file {0} was made by a newer kmdesk. Please update kmdesk to open it.</source>
        <translation>ไฟล์ {0} สร้างจาก kmdesk รุ่นที่ใหม่กว่า กรุณาอัปเดต kmdesk ก่อนจึงจะเปิดได้</translation>
    </message>
    <message>
        <source>There is no database at {0}: it may have been moved or deleted.</source>
        <translation>ไม่มีฐานข้อมูลที่ {0} อาจถูกย้ายหรือลบไปแล้ว</translation>
    </message>
    <message>
        <source>The file {0} could not be upgraded to this version of kmdesk. It was put back as it was; please send the log file to whoever supports kmdesk.</source>
        <translation>ปรับไฟล์ {0} ให้ใช้กับ kmdesk รุ่นนี้ไม่ได้ ไฟล์ถูกคืนสู่สภาพเดิมแล้ว กรุณาส่งไฟล์บันทึก (log) ให้ผู้ดูแล kmdesk</translation>
    </message>
    <message>
        <source>The file {0} cannot be opened.</source>
        <translation>เปิดไฟล์ {0} ไม่ได้</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>ไฟล์นี้ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>The newest backup was made {0} at {1}:
{2}</source>
        <translation>ข้อมูลสำรองล่าสุดทำเมื่อ {0} เวลา {1} น.:
{2}</translation>
    </message>
    <message>
        <source>This kmdesk opens database files only. A shared server needs kmdesk installed with its PostgreSQL driver; please ask whoever supports kmdesk.</source>
        <translation>kmdesk ชุดนี้เปิดได้เฉพาะไฟล์ฐานข้อมูล หากจะใช้เซิร์ฟเวอร์ร่วม ต้องติดตั้ง kmdesk พร้อมไดรเวอร์ PostgreSQL โปรดติดต่อผู้ดูแล kmdesk</translation>
    </message>
    <message>
        <source>The server wants a password: please type it.</source>
        <translation>เซิร์ฟเวอร์ต้องการรหัสผ่าน โปรดพิมพ์รหัสผ่าน</translation>
    </message>
    <message>
        <source>The server refused this login ({0}).</source>
        <translation>เซิร์ฟเวอร์ไม่ยอมรับการเข้าระบบนี้ ({0})</translation>
    </message>
    <message>
        <source>No server answers at {1}. Is it running, and is the address right?</source>
        <translation>ไม่มีเซิร์ฟเวอร์ตอบที่ {1} เซิร์ฟเวอร์เปิดอยู่หรือไม่ และที่อยู่ถูกต้องหรือไม่</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>เปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>กู้คืนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>เปิดไฟล์อื่น…</translation>
    </message>
    <message>
        <source>Create new…</source>
        <translation>สร้างใหม่…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>Open a kmdesk database</source>
        <translation>เปิดฐานข้อมูล kmdesk</translation>
    </message>
    <message>
        <source>kmdesk database (*.db)</source>
        <translation>ฐานข้อมูล kmdesk (*.db)</translation>
    </message>
    <message>
        <source>Create a kmdesk database</source>
        <translation>สร้างฐานข้อมูล kmdesk</translation>
    </message>
    <message>
        <source>{0} already exists and was left as it is. Choose a new name, or open it with Open database…</source>
        <translation>มี {0} อยู่แล้ว จึงไม่ได้แตะต้อง กรุณาตั้งชื่อใหม่ หรือเปิดไฟล์นั้นด้วย เปิดฐานข้อมูล…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>วว/ดด/ปปปป</translation>
    </message>
    <message>
        <source>Day/month/year, for example {0}. Alt+↓ opens a calendar.</source>
        <translation>วัน/เดือน/ปี เช่น {0} กด Alt+↓ เพื่อเปิดปฏิทิน</translation>
    </message>
    <message>
        <source>Pick the day from a calendar (Alt+↓)</source>
        <translation>เลือกวันจากปฏิทิน (Alt+↓)</translation>
    </message>
    <message>
        <source>Check the year</source>
        <translation>ตรวจสอบปี</translation>
    </message>
    <message>
        <source>Did you mean {0}?</source>
        <translation>หมายถึง {0} ใช่ไหม</translation>
    </message>
    <message>
        <source>Is the year right?</source>
        <translation>ปีถูกต้องหรือไม่</translation>
    </message>
    <message>
        <source>{0} is far from today ({1}). Dates more than three years back or a year ahead are usually a slip of the year.</source>
        <translation>{0} ห่างจากวันนี้ ({1}) มาก วันที่ย้อนหลังเกินสามปีหรือล่วงหน้าเกินหนึ่งปีมักเกิดจากพิมพ์ปีผิด</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>ใช้ {0}</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>ใช้ {0} ตามที่พิมพ์</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>กลับไปแก้</translation>
    </message>
</context>
<context>
    <name>EditLock</name>
    <message>
        <source>Enter the team lead's PIN to edit the framework.</source>
        <translation>ใส่รหัส PIN ของหัวหน้าทีมเพื่อแก้ไขกรอบความสามารถ</translation>
    </message>
    <message>
        <source>Enter the PIN set now.</source>
        <translation>ใส่รหัส PIN ที่ตั้งไว้ตอนนี้</translation>
    </message>
    <message>
        <source>Choose a PIN of {0} to {1} digits. Without it nobody can edit the framework on this database, so keep it where the team lead can find it.</source>
        <translation>ตั้งรหัส PIN เป็นตัวเลข {0} ถึง {1} หลัก ถ้าไม่มีรหัสนี้จะไม่มีใครแก้ไขกรอบความสามารถในฐานข้อมูลนี้ได้ จึงควรเก็บไว้ในที่ที่หัวหน้าทีมหาเจอ</translation>
    </message>
    <message>
        <source>Enter the PIN to remove it.</source>
        <translation>ใส่รหัส PIN เพื่อยกเลิกรหัส</translation>
    </message>
    <message>
        <source>Lock editing with a PIN…</source>
        <translation>ล็อกการแก้ไขด้วยรหัส PIN…</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>เปลี่ยนรหัส PIN…</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>ยกเลิกรหัส PIN…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>A team lead's PIN, so that only they can edit the framework on this laptop</source>
        <translation>รหัส PIN ของหัวหน้าทีม เพื่อให้เฉพาะหัวหน้าทีมแก้ไขกรอบความสามารถในเครื่องนี้ได้</translation>
    </message>
    <message>
        <source>Finish editing</source>
        <translation>แก้ไขเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Make the framework read-only again</source>
        <translation>กลับไปเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>Edit framework…</source>
        <translation>แก้ไขกรอบความสามารถ…</translation>
    </message>
    <message>
        <source>Edit framework</source>
        <translation>แก้ไขกรอบความสามารถ</translation>
    </message>
    <message>
        <source>Change the wording, targets and learning-pair thresholds</source>
        <translation>แก้ไขข้อความ ระดับเป้าหมาย และเกณฑ์คู่เรียนรู้</translation>
    </message>
    <message>
        <source>This database is read-only: the framework can be read, not changed.</source>
        <translation>ฐานข้อมูลนี้อ่านได้อย่างเดียว ดูกรอบความสามารถได้แต่แก้ไขไม่ได้</translation>
    </message>
    <message>
        <source>Editing the framework. Each change is saved at once for everyone who uses this database; Ctrl+Z takes it back. Press “Finish editing” when you are done.</source>
        <translation>กำลังแก้ไขกรอบความสามารถ ทุกการแก้ไขจะบันทึกทันทีสำหรับทุกคนที่ใช้ฐานข้อมูลนี้ กด Ctrl+Z เพื่อเลิกทำ เมื่อเสร็จแล้วกด “แก้ไขเสร็จแล้ว”</translation>
    </message>
    <message>
        <source>Editing also ends when you leave this page.</source>
        <translation>การแก้ไขจะสิ้นสุดเมื่อออกจากหน้านี้ด้วย</translation>
    </message>
    <message>
        <source>Read-only. Editing is locked with the team lead's PIN: press “Edit framework” and enter it.</source>
        <translation>อ่านอย่างเดียว การแก้ไขล็อกด้วยรหัส PIN ของหัวหน้าทีม กด “แก้ไขกรอบความสามารถ” แล้วใส่รหัส</translation>
    </message>
    <message>
        <source>Read-only. To change the wording, the targets or the learning-pair thresholds, press “Edit framework”.</source>
        <translation>อ่านอย่างเดียว ถ้าจะแก้ไขข้อความ ระดับเป้าหมาย หรือเกณฑ์คู่เรียนรู้ กด “แก้ไขกรอบความสามารถ”</translation>
    </message>
    <message>
        <source>That is not the team lead's PIN; the framework stays read-only.</source>
        <translation>รหัส PIN ไม่ถูกต้อง กรอบความสามารถยังเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>That is not the PIN set now; nothing was changed.</source>
        <translation>รหัส PIN ไม่ตรงกับที่ตั้งไว้ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>PIN set: from now on, editing the framework asks for it.</source>
        <translation>ตั้งรหัส PIN แล้ว ต่อไปการแก้ไขกรอบความสามารถจะต้องใส่รหัสนี้</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>เปลี่ยนรหัส PIN แล้ว</translation>
    </message>
    <message>
        <source>PIN removed: anyone can switch editing on.</source>
        <translation>ยกเลิกรหัส PIN แล้ว ทุกคนเปิดการแก้ไขได้</translation>
    </message>
</context>
<context>
    <name>EditorBox</name>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <source>Undo the changes made since the last save</source>
        <translation>เลิกทำทุกอย่างที่แก้ไขไปหลังจากบันทึกครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Select an indicator to edit it, or a competency to add one.</source>
        <translation>เลือกตัวชี้วัดเพื่อแก้ไข หรือเลือกความสามารถเพื่อเพิ่มตัวชี้วัด</translation>
    </message>
    <message>
        <source>Select an indicator to read its wording and level sentences.</source>
        <translation>เลือกตัวชี้วัดเพื่ออ่านข้อความและคำอธิบายแต่ละระดับ</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — an indicator of {1} {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — ตัวชี้วัดของความสามารถ {1} {2}</translation>
    </message>
    <message>
        <source>&lt;i&gt;(retired: no longer offered for rating)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(เลิกใช้แล้ว: ไม่มีให้ประเมินอีก)&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This note cannot be kept: kmdesk keeps notes of up to 2,000 characters of readable text (tabs and line breaks are fine). Nothing was saved.</source>
        <translation>บันทึกนี้เก็บไม่ได้ kmdesk เก็บบันทึกที่เป็นข้อความอ่านได้ ยาวไม่เกิน 2,000 ตัวอักษร (แท็บและการขึ้นบรรทัดใหม่ใช้ได้) ยังไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>You may change only your own ratings (the server decides who may change what). Nothing was saved.</source>
        <translation>คุณแก้ได้เฉพาะผลประเมินของตัวเอง (เซิร์ฟเวอร์เป็นผู้กำหนดว่าใครแก้อะไรได้) ไม่มีสิ่งใดถูกบันทึก</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so this was not saved yet. Nothing is lost: kmdesk keeps your change and saves it when the server answers again.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ขาดไป จึงยังไม่ได้บันทึก แต่ไม่มีอะไรหาย kmdesk เก็บการเปลี่ยนแปลงของคุณไว้ และจะบันทึกเมื่อเซิร์ฟเวอร์ตอบกลับ</translation>
    </message>
    <message>
        <source>Someone else changed this rating while you were working on it, so yours was not saved. Look at both answers and choose which one to keep.</source>
        <translation>มีคนอื่นเปลี่ยนผลประเมินนี้ขณะที่คุณกำลังทำอยู่ ของคุณจึงยังไม่ได้บันทึก ดูคำตอบทั้งสองแล้วเลือกว่าจะเก็บคำตอบไหน</translation>
    </message>
    <message>
        <source>Someone else was saving the same thing at the same moment, so nothing was saved. Try again.</source>
        <translation>มีคนอื่นกำลังบันทึกสิ่งเดียวกันในเวลาเดียวกัน จึงไม่ได้บันทึก ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>ดิสก์เต็ม จึงยังไม่ได้บันทึก กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Another program (perhaps another kmdesk) kept the database busy, so nothing was saved. Try again in a moment.</source>
        <translation>มีโปรแกรมอื่น (อาจเป็น kmdesk อีกเครื่องหรืออีกหน้าต่าง) ใช้ฐานข้อมูลอยู่ จึงยังไม่ได้บันทึก กรุณาลองใหม่อีกสักครู่</translation>
    </message>
    <message>
        <source>The database cannot be written (the file, its folder or the disk is read-only), so nothing was changed.</source>
        <translation>เขียนลงฐานข้อมูลไม่ได้ (ไฟล์ โฟลเดอร์ หรือดิสก์เป็นแบบอ่านอย่างเดียว) จึงไม่มีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The disk refused to read or write the database (was it removed, or is it failing?). Nothing was saved.</source>
        <translation>ดิสก์อ่านหรือเขียนฐานข้อมูลไม่ได้ (ถูกถอดออกหรือเสียหรือไม่) จึงยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The backup could not be made or put back:
{0}</source>
        <translation>สำรองหรือกู้คืนข้อมูลไม่ได้:
{0}</translation>
    </message>
    <message>
        <source>kmdesk</source>
        <translation>kmdesk</translation>
    </message>
    <message>
        <source>Something went wrong that kmdesk did not expect. Your ratings saved so far are safe. The details are in:
{0}</source>
        <translation>เกิดปัญหาที่ kmdesk ไม่ได้คาดไว้ คะแนนที่บันทึกไว้แล้วยังอยู่ครบ ไม่สูญหาย ดูรายละเอียดได้ในไฟล์:
{0}</translation>
    </message>
</context>
<context>
    <name>FacilitatorDialog</name>
    <message>
        <source>Add facilitator</source>
        <translation>เพิ่มคุณอำนวย</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>แก้ไขข้อมูลคุณอำนวย</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>first name and surname</source>
        <translation>ชื่อและนามสกุล</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>หน่วยงาน (&amp;A):</translation>
    </message>
    <message>
        <source>pick from the list or type</source>
        <translation>เลือกจากรายการ หรือพิมพ์เอง</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>ทีม (&amp;T):</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(ไม่มีทีม)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Type the facilitator's name.</source>
        <translation>กรุณาพิมพ์ชื่อคุณอำนวย</translation>
    </message>
    <message>
        <source>Team {1} already has a facilitator named “{0}”. If this is the same person, cancel and edit them; if not, add something to tell the two apart.</source>
        <translation>ทีม {1} มีคุณอำนวยชื่อ “{0}” อยู่แล้ว ถ้าเป็นคนเดียวกัน ให้กดยกเลิกแล้วไปแก้ไขข้อมูลของคนนั้นแทน ถ้าเป็นคนละคน ให้เติมข้อความในชื่อเพื่อให้แยกออกว่าเป็นคนละคน</translation>
    </message>
    <message>
        <source>There is already a facilitator named “{0}” who has no team. If this is the same person, cancel and edit them; if not, add something to tell the two apart.</source>
        <translation>มีคุณอำนวยชื่อ “{0}” ที่ยังไม่มีทีมอยู่แล้ว ถ้าเป็นคนเดียวกัน ให้กดยกเลิกแล้วแก้ไขข้อมูลของคนนั้น ถ้าไม่ใช่ ให้เพิ่มคำที่ช่วยแยกสองคนนี้ออกจากกัน</translation>
    </message>
    <message>
        <source>{0} is inactive: tick “Show inactive” to find them and reactivate them.</source>
        <translation>{0} ไม่ได้ใช้งานอยู่: ให้ติ๊ก “แสดงรายชื่อที่ไม่ใช้งาน” เพื่อหาชื่อ แล้วกด “เปิดใช้งานอีกครั้ง”</translation>
    </message>
</context>
<context>
    <name>FacilitatorModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>ประเมินแล้ว (ข้อ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(ไม่มีทีม)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
    <message>
        <source>{0} is inactive: not offered for new ratings. Ratings kept: {1}.</source>
        <translation>{0} ไม่ใช้งานแล้ว: จะไม่มีให้เลือกในการประเมินใหม่ ผลการประเมินเดิมเก็บไว้ {1} ข้อ</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import ratings</source>
        <translation>นำเข้าคะแนน</translation>
    </message>
    <message>
        <source>Ratings files (*.csv *.xlsx)</source>
        <translation>ไฟล์คะแนน (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>กำลังนำเข้า {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Ratings added: {0}; changed: {1}; already there: {2}.</source>
        <translation>เพิ่มผลการประเมิน {0} ข้อ เปลี่ยน {1} ข้อ มีอยู่แล้ว {2} ข้อ</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Export ratings</source>
        <translation>ส่งออกคะแนน</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>ไฟล์ Excel (*.xlsx);;ไฟล์ CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>ส่งออกเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Ratings written: {0}.</source>
        <translation>บันทึกผลการประเมินลงไฟล์แล้ว {0} ข้อ</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Nothing was changed. The details are in:
{0}</source>
        <translation>ข้อมูลไม่มีการเปลี่ยนแปลงใด ๆ ดูรายละเอียดได้ในไฟล์:
{0}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>That is the open database itself. Please choose another file.</source>
        <translation>ไฟล์นี้คือฐานข้อมูลที่เปิดอยู่ กรุณาเลือกไฟล์อื่น</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>{0}: the disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>{0}: ดิสก์เต็ม จึงไม่ได้บันทึกอะไร กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{0}: you may not write there. Choose another folder.</source>
        <translation>{0}: ไม่มีสิทธิ์เขียนที่นี่ กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>{0}: that disk is read-only. Choose another folder.</source>
        <translation>{0}: ดิสก์นี้อ่านได้อย่างเดียว กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>{0}: that folder does not exist. Choose another one.</source>
        <translation>{0}: ไม่มีโฟลเดอร์นี้ กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>{0}: cannot be written ({1})</source>
        <translation>{0}: เขียนไม่ได้ ({1})</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to kmdesk</source>
        <translation>ยินดีต้อนรับสู่ kmdesk</translation>
    </message>
    <message>
        <source>Language of the program:</source>
        <translation>ภาษาของโปรแกรม:</translation>
    </message>
    <message>
        <source>Look around with demo data first (three invented teams), or make your own team now: its name, its people and the first round. It takes a minute.</source>
        <translation>ลองดูด้วยข้อมูลตัวอย่างก่อน (ทีมสมมติสามทีม) หรือสร้างทีมของคุณเลย: ชื่อทีม สมาชิก และรอบแรก ใช้เวลาไม่ถึงนาที</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>เปิดข้อมูลตัวอย่าง (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Make my team…</source>
        <translation>สร้างทีมของฉัน (&amp;M)…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
</context>
<context>
    <name>FrameworkHistory</name>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation>เลิกทำ “{0}” (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {0} (Ctrl+Shift+Z)</source>
        <translation>ทำซ้ำ “{0}” (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>the target of {0} in {1}</source>
        <translation>ระดับเป้าหมายของ{0} ใน {1}</translation>
    </message>
    <message>
        <source>the learning-pair thresholds</source>
        <translation>เกณฑ์คู่เรียนรู้</translation>
    </message>
    <message>
        <source>adding {0}</source>
        <translation>การเพิ่ม {0}</translation>
    </message>
    <message>
        <source>retiring {0}</source>
        <translation>การเลิกใช้ {0}</translation>
    </message>
    <message>
        <source>bringing back {0}</source>
        <translation>การนำ {0} กลับมาใช้</translation>
    </message>
    <message>
        <source>the wording of {0}</source>
        <translation>ข้อความของ {0}</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translation>กรอบความสามารถ</translation>
    </message>
    <message>
        <source>Framework version {0}. Ratings already use it, so saving a change makes version {1}; earlier ratings keep the wording they were made with.</source>
        <translation>กรอบความสามารถ ฉบับที่ {0} มีการประเมินด้วยฉบับนี้แล้ว ถ้าบันทึกการแก้ไขจะได้เป็นฉบับที่ {1} ส่วนผลการประเมินเดิมยังใช้ข้อความเดิมตอนที่ประเมิน</translation>
    </message>
    <message>
        <source>Framework version {0}. No ratings use it yet, so changes are saved into it.</source>
        <translation>กรอบความสามารถ ฉบับที่ {0} ยังไม่มีใครประเมินด้วยฉบับนี้ การแก้ไขจึงบันทึกลงในฉบับนี้เลย</translation>
    </message>
    <message>
        <source>Your changes to {0} are not saved. Leave them and lose the changes?</source>
        <translation>สิ่งที่แก้ไขใน {0} ยังไม่ได้บันทึก จะทิ้งการแก้ไขนี้ไปเลยหรือไม่?</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Targets and learning pairs</source>
        <translation>ระดับเป้าหมายและคู่เรียนรู้</translation>
    </message>
    <message>
        <source>Ratings already use version {0} of the framework. Saving makes version {1}: the ratings people already made keep the wording they were made with, and rounds already set up stay on version {0}. New rounds will use the new wording.

Save as version {1}?</source>
        <translation>มีการประเมินที่ใช้กรอบความสามารถฉบับที่ {0} แล้ว การบันทึกครั้งนี้จะสร้างฉบับที่ {1}: ผลการประเมินที่ทำไปแล้วยังคงใช้ถ้อยคำเดิมตอนที่ประเมิน และรอบที่ตั้งไว้แล้วยังใช้ฉบับที่ {0} ส่วนรอบใหม่จะใช้ถ้อยคำใหม่

บันทึกเป็นฉบับที่ {1} หรือไม่?</translation>
    </message>
    <message>
        <source>{0} saved as framework version {1}.</source>
        <translation>บันทึก {0} แล้ว เป็นกรอบความสามารถฉบับที่ {1}</translation>
    </message>
    <message>
        <source>{0} saved.</source>
        <translation>บันทึก {0} แล้ว</translation>
    </message>
    <message>
        <source>Not saved; your changes are still here.</source>
        <translation>ยังไม่ได้บันทึก สิ่งที่แก้ไขยังอยู่ครบ</translation>
    </message>
    <message>
        <source>{0} is the only indicator of its competency still in use; add another before retiring it.</source>
        <translation>{0} เป็นตัวชี้วัดตัวเดียวที่ยังใช้อยู่ในความสามารถนี้ ให้เพิ่มตัวชี้วัดอื่นก่อน จึงจะเลิกใช้ได้</translation>
    </message>
    <message>
        <source>{0} retired.</source>
        <translation>เลิกใช้ตัวชี้วัด {0} แล้ว</translation>
    </message>
    <message>
        <source>{0} brought back.</source>
        <translation>นำ {0} กลับมาใช้แล้ว</translation>
    </message>
    <message>
        <source>This is framework version {0}.</source>
        <translation>ตอนนี้เป็นกรอบความสามารถฉบับที่ {0}</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(เลิกใช้)</translation>
    </message>
</context>
<context>
    <name>FrameworkWrites</name>
    <message>
        <source>That step cannot be taken back now: ratings or a new round use the framework version it made, or it was changed elsewhere. Nothing was changed.</source>
        <translation>เลิกทำขั้นนี้ไม่ได้แล้ว เพราะมีผลการประเมินหรือรอบใหม่ใช้กรอบความสามารถฉบับที่เกิดจากขั้นนี้ หรือมีการแก้ไขจากที่อื่น ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>kmdesk help</source>
        <translation>คู่มือ kmdesk</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <source>The river</source>
        <translation>ธารปัญญา</translation>
    </message>
    <message>
        <source>The Table of Freedom</source>
        <translation>ตารางแห่งอิสรภาพ</translation>
    </message>
    <message>
        <source>The learning stairs</source>
        <translation>บันไดแห่งการเรียนรู้</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>คู่เรียนรู้</translation>
    </message>
    <message>
        <source>The radar</source>
        <translation>กราฟใยแมงมุม</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <source>Key: ?</source>
        <translation>ปุ่มลัด: ?</translation>
    </message>
    <message>
        <source>Key: {0}</source>
        <translation>ปุ่มลัด: {0}</translation>
    </message>
    <message>
        <source>No longer in use; shown because it was rated.</source>
        <translation>เลิกใช้แล้ว แต่ยังแสดงไว้เพราะเคยประเมินข้อนี้</translation>
    </message>
    <message>
        <source>changed on another PC</source>
        <translation>แก้ไขจากเครื่องอื่น</translation>
    </message>
    <message>
        <source>This answer was last saved on another computer, then brought here.</source>
        <translation>คำตอบนี้บันทึกครั้งล่าสุดบนคอมพิวเตอร์เครื่องอื่น แล้วนำมารวมที่นี่</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>หลักฐาน/สิ่งที่ได้ทำ:</translation>
    </message>
    <message>
        <source>What did I do that shows this? (Enter to write)</source>
        <translation>ได้ทำอะไรบ้างที่แสดงว่าเป็นอย่างนี้ (กด Enter เพื่อเขียน)</translation>
    </message>
    <message>
        <source>The note is kept once you choose an answer above.</source>
        <translation>บันทึกนี้จะถูกเก็บไว้เมื่อเลือกคำตอบด้านบนแล้ว</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>ยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>ไม่แน่ใจว่าหมายถึงอะไร</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>ระดับ {0}</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>waiting to be saved</source>
        <translation>รอบันทึก</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} · saved ✓</source>
        <translation>{0} · บันทึกแล้ว ✓</translation>
    </message>
    <message>
        <source>Last round: {0}</source>
        <translation>รอบที่แล้ว: {0}</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>ระดับ {0}</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>level {0}</source>
        <translation>ระดับ {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Every box needs wording in both Thai and English, so everyone can rate in their language. {0} boxes are still empty; they are outlined in red.</source>
        <translation>ทุกช่องต้องมีข้อความทั้งภาษาไทยและภาษาอังกฤษ เพื่อให้ทุกคนประเมินได้ในภาษาของตัวเอง ยังว่างอยู่ {0} ช่อง (ช่องที่มีกรอบสีแดง)</translation>
    </message>
    <message>
        <source>Every box needs wording in both Thai and English, so everyone can rate in their language. Still empty: {0}.</source>
        <translation>ทุกช่องต้องมีข้อความทั้งภาษาไทยและภาษาอังกฤษ เพื่อให้ทุกคนประเมินได้ในภาษาของตัวเอง ช่องที่ยังว่าง: {0}</translation>
    </message>
</context>
<context>
    <name>LearningPlan</name>
    <message>
        <source>Learning actions</source>
        <translation>แผนการเรียนรู้</translation>
    </message>
    <message>
        <source>No learning actions yet.</source>
        <translation>ยังไม่มีแผนการเรียนรู้</translation>
    </message>
    <message>
        <source>{learner} learns {competency} from {supplier}</source>
        <translation>{learner} เรียนรู้เรื่อง {competency} จาก {supplier}</translation>
    </message>
    <message>
        <source>What: {what}</source>
        <translation>ทำอะไร: {what}</translation>
    </message>
    <message>
        <source>By: {date}</source>
        <translation>ภายใน: {date}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>สถานะ: {status}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ทำแล้ว</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>What was supposed to happen: {text}</source>
        <translation>สิ่งที่คาดว่าจะเกิดขึ้น: {text}</translation>
    </message>
    <message>
        <source>What actually happened: {text}</source>
        <translation>สิ่งที่เกิดขึ้นจริง: {text}</translation>
    </message>
    <message>
        <source>Why there was a difference: {text}</source>
        <translation>ทำไมจึงแตกต่าง: {text}</translation>
    </message>
    <message>
        <source>What we will do next time: {text}</source>
        <translation>ครั้งหน้าจะทำอะไร: {text}</translation>
    </message>
    <message>
        <source>Knowledge asset: {text}</source>
        <translation>ขุมความรู้: {text}</translation>
    </message>
    <message>
        <source>Change by {round}: {change}</source>
        <translation>การเปลี่ยนแปลงใน{round}: {change}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>kmdesk — facilitator self-assessment</source>
        <translation>kmdesk — การประเมินตนเองของคุณอำนวย</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>ประเมินตนเอง</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>กรอบความสามารถ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคลและรอบ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>เปิดฐานข้อมูล (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>สร้างฐานข้อมูลใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import ratings…</source>
        <translation>นำเข้าคะแนน (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export ratings…</source>
        <translation>ส่งออกคะแนน (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>สำรองข้อมูลตอนนี้ (&amp;B)</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>กู้คืนจากข้อมูลสำรอง (&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF of this page…</source>
        <translation>ส่งออก PDF ของหน้านี้ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reports for the whole round…</source>
        <translation>รายงานทั้งรอบ (&amp;R)…</translation>
    </message>
    <message>
        <source>Open ser&amp;ver…</source>
        <translation>เปิดเซิร์ฟเวอร์ (&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Send my ratings…</source>
        <translation>ส่งผลประเมินของฉัน (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Merge bundles…</source>
        <translation>รวมไฟล์ผลประเมิน (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Help: how to read the charts</source>
        <translation>วิธีอ่านกราฟ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About kmdesk</source>
        <translation>เกี่ยวกับ kmdesk (&amp;A)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>ฐานข้อมูล: {0}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>ส่งออก PDF</translation>
    </message>
    <message>
        <source>Open the Assess, Progress or Team page to export its report.</source>
        <translation>เปิดหน้า “ประเมินตนเอง” “ความก้าวหน้า” หรือ “ทีม” ก่อน แล้วจึงส่งออกรายงานของหน้านั้น</translation>
    </message>
    <message>
        <source>Reports for the whole round</source>
        <translation>รายงานทั้งรอบ</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>รอบ:</translation>
    </message>
    <message>
        <source>About kmdesk</source>
        <translation>เกี่ยวกับ kmdesk</translation>
    </message>
    <message>
        <source>kmdesk {0}

Self-assessment for KM facilitators (คุณอำนวย): rate yourself per role and round, and see where the team is strong and who can learn from whom.

Thai fonts: Loma and Laksaman (TLWG), GPL-2+ with the font exception.</source>
        <translation>kmdesk {0}

โปรแกรมประเมินตนเองสำหรับคุณอำนวยในงานจัดการความรู้ (KM): ประเมินตนเองแยกตามบทบาทและรอบการประเมิน แล้วดูว่าทีมเก่งเรื่องไหน และใครเรียนรู้จากใครได้

แบบอักษรไทย: Loma และ Laksaman (TLWG) สัญญาอนุญาต GPL-2+ พร้อมข้อยกเว้นเรื่องฟอนต์ (font exception)</translation>
    </message>
    <message>
        <source>Keep the current database</source>
        <translation>ใช้ฐานข้อมูลเดิมต่อ</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <source>No backup was made. {0}</source>
        <translation>ไม่ได้สำรองข้อมูล {0}</translation>
    </message>
    <message>
        <source>The database was backed up to:
{0}</source>
        <translation>สำรองฐานข้อมูลไว้ที่:
{0}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>กำลังเปิด…</translation>
    </message>
</context>
<context>
    <name>MergeBundlesDialog</name>
    <message>
        <source>Merge bundles</source>
        <translation>รวมไฟล์ผลประเมิน</translation>
    </message>
    <message>
        <source>Choose the bundles (.kmdesk) others sent you.</source>
        <translation>เลือกไฟล์ (.kmdesk) ที่ผู้อื่นส่งมา</translation>
    </message>
    <message>
        <source>Changed on two PCs (the later change is kept):</source>
        <translation>แก้ไขบนสองเครื่อง (ใช้ค่าที่แก้ทีหลัง):</translation>
    </message>
    <message>
        <source>Reading the bundles…</source>
        <translation>กำลังอ่านไฟล์…</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>เลือกไฟล์ (&amp;C)…</translation>
    </message>
    <message>
        <source>Merge &amp;each of them as one person</source>
        <translation>รวมแต่ละคนเป็นคนเดียวกัน (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>รวม (&amp;M)</translation>
    </message>
    <message>
        <source>kmdesk bundles (*.kmdesk)</source>
        <translation>ไฟล์ kmdesk (*.kmdesk)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancelled: choose the files again to see the preview.</source>
        <translation>ยกเลิกแล้ว: เลือกไฟล์อีกครั้งเพื่อดูตัวอย่าง</translation>
    </message>
    <message>
        <source>If merged — ratings added: {0}, updated: {1}, unchanged: {2}, conflicts: {3}.</source>
        <translation>ถ้ารวม: เพิ่ม {0} ข้อ ปรับ {1} ข้อ คงเดิม {2} ข้อ ขัดกัน {3} ข้อ</translation>
    </message>
    <message>
        <source>Merged — ratings added: {0}, updated: {1}, unchanged: {2}, conflicts: {3}.</source>
        <translation>รวมแล้ว: เพิ่ม {0} ข้อ ปรับ {1} ข้อ คงเดิม {2} ข้อ ขัดกัน {3} ข้อ</translation>
    </message>
    <message>
        <source>These look like the same person under two ids: {0}</source>
        <translation>รายชื่อเหล่านี้น่าจะเป็นคนเดียวกันแต่มีรหัสต่างกัน: {0}</translation>
    </message>
    <message>
        <source>No rating was changed on two PCs.</source>
        <translation>ไม่มีคะแนนที่ถูกแก้ไขบนสองเครื่อง</translation>
    </message>
    <message>
        <source>Merging {0} bundles…</source>
        <translation>กำลังรวม {0} ไฟล์…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>ยกเลิกแล้ว ไม่ได้รวมอะไร</translation>
    </message>
    <message>
        <source>Nothing was merged. These files were refused:</source>
        <translation>ไม่ได้รวมอะไร ไฟล์เหล่านี้ใช้ไม่ได้:</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>ไม่ได้รวมอะไร</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was merged.</source>
        <translation>เกิดข้อผิดพลาด ไม่ได้รวมอะไร</translation>
    </message>
</context>
<context>
    <name>MergeTable</name>
    <message>
        <source>Person</source>
        <translation>ผู้ประเมิน</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>ค่าที่ให้</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>ค่าที่ใช้</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>ฐานข้อมูลนี้</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>ลบคำตอบแล้ว</translation>
    </message>
    <message>
        <source>kept from {0}</source>
        <translation>ใช้ค่าจาก {0}</translation>
    </message>
    <message>
        <source>changed at the same moment on two PCs; the PC id decides</source>
        <translation>แก้ไขพร้อมกันบนสองเครื่อง จึงตัดสินด้วยรหัสเครื่อง</translation>
    </message>
    <message>
        <source>changed later ({0}); {1} stays in the rating's history</source>
        <translation>แก้ไขทีหลัง ({0}) ส่วนค่า {1} ยังเก็บไว้ในประวัติของคำตอบ</translation>
    </message>
</context>
<context>
    <name>NewTeamDialog</name>
    <message>
        <source>Round 1</source>
        <translation>รอบที่ 1</translation>
    </message>
    <message>
        <source>Make my team</source>
        <translation>สร้างทีมของฉัน</translation>
    </message>
    <message>
        <source>Your team, its people and the first round of self-assessment. You can change all of it later on the People page.</source>
        <translation>ทีม สมาชิก และรอบแรกของการประเมินตนเอง แก้ไขทั้งหมดได้ภายหลังที่หน้าบุคคลและรอบ</translation>
    </message>
    <message>
        <source>&amp;Team name:</source>
        <translation>ชื่อทีม (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;People (one a line):</source>
        <translation>สมาชิก (บรรทัดละหนึ่งคน) (&amp;P):</translation>
    </message>
    <message>
        <source>First &amp;round:</source>
        <translation>รอบแรก (&amp;R):</translation>
    </message>
    <message>
        <source>Round &amp;date:</source>
        <translation>วันที่ของรอบ (&amp;D):</translation>
    </message>
    <message>
        <source>Roles to rate:</source>
        <translation>บทบาทที่จะประเมิน:</translation>
    </message>
    <message>
        <source>e.g. the sub-district's name</source>
        <translation>เช่น ชื่อตำบล</translation>
    </message>
    <message>
        <source>One name a line, e.g.
มาลัย ศรีสุข
สมชาย ใจดี</source>
        <translation>บรรทัดละหนึ่งชื่อ เช่น
มาลัย ศรีสุข
สมชาย ใจดี</translation>
    </message>
    <message>
        <source>Make the team</source>
        <translation>สร้างทีม</translation>
    </message>
    <message>
        <source>Please type the team's name.</source>
        <translation>กรุณาพิมพ์ชื่อทีม</translation>
    </message>
    <message>
        <source>Please type at least one person, one name a line.</source>
        <translation>กรุณาพิมพ์ชื่อสมาชิกอย่างน้อยหนึ่งคน บรรทัดละหนึ่งชื่อ</translation>
    </message>
    <message>
        <source>{0} is typed twice.</source>
        <translation>พิมพ์ชื่อ {0} ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>Please give the round a title.</source>
        <translation>กรุณาตั้งชื่อรอบ</translation>
    </message>
    <message>
        <source>Please type the round's date as day/month/year.</source>
        <translation>กรุณาพิมพ์วันที่ของรอบเป็น วัน/เดือน/ปี</translation>
    </message>
    <message>
        <source>Please choose at least one role.</source>
        <translation>กรุณาเลือกอย่างน้อยหนึ่งบทบาท</translation>
    </message>
    <message>
        <source>A team named {0} already exists.</source>
        <translation>มีทีมชื่อ {0} อยู่แล้ว</translation>
    </message>
    <message>
        <source>A round with this title already exists.</source>
        <translation>มีรอบชื่อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <source>This database is read-only: nothing can be changed.</source>
        <translation>ฐานข้อมูลนี้อ่านได้อย่างเดียว: เปลี่ยนแปลงอะไรไม่ได้</translation>
    </message>
</context>
<context>
    <name>PairSettingsBox</name>
    <message>
        <source>Learning pairs</source>
        <translation>คู่เรียนรู้</translation>
    </message>
    <message>
        <source>Who can teach whom: on the Team page, in reports and in kmdesk analyze.</source>
        <translation>ใครสอนใครได้ ใช้ในหน้าทีม ในรายงาน และในคำสั่ง kmdesk analyze</translation>
    </message>
    <message>
        <source>Can teach others at level</source>
        <translation>สอนคนอื่นได้เมื่อถึงระดับ</translation>
    </message>
    <message>
        <source>Needs to learn at level</source>
        <translation>ต้องเรียนรู้เมื่ออยู่ที่ระดับ</translation>
    </message>
    <message>
        <source>…or this far below the target</source>
        <translation>…หรือต่ำกว่าเป้าหมายตั้งแต่</translation>
    </message>
    <message>
        <source>A score at or above this can teach others in the team</source>
        <translation>คะแนนตั้งแต่ระดับนี้ขึ้นไปสอนคนอื่นในทีมได้</translation>
    </message>
    <message>
        <source>A score at or below this is someone who needs to learn</source>
        <translation>คะแนนตั้งแต่ระดับนี้ลงมาคือผู้ที่ต้องเรียนรู้</translation>
    </message>
    <message>
        <source>Anyone this far or further below their role's target needs to learn too</source>
        <translation>ผู้ที่ต่ำกว่าเป้าหมายของบทบาทตั้งแต่เท่านี้ขึ้นไปก็ต้องเรียนรู้เช่นกัน</translation>
    </message>
    <message>
        <source>Worth a conversation at a spread of</source>
        <translation>ควรคุยกันเมื่อคะแนนห่างกัน</translation>
    </message>
    <message>
        <source>A competency whose highest and lowest member are this far apart is marked on the Team page and in the team report</source>
        <translation>สมรรถนะที่คะแนนสูงสุดกับต่ำสุดของสมาชิกห่างกันเท่านี้ขึ้นไป จะถูกทำเครื่องหมายในหน้าทีมและในรายงานทีม</translation>
    </message>
    <message>
        <source>Not saved: “needs to learn” must be a lower level than “can teach others”, or one person could be asked to teach and to learn the same thing.</source>
        <translation>ยังไม่ได้บันทึก ระดับ “ต้องเรียนรู้” ต้องต่ำกว่า “สอนคนอื่นได้” มิฉะนั้นคนเดียวอาจต้องทั้งสอนและเรียนเรื่องเดียวกัน</translation>
    </message>
    <message>
        <source>Not saved: each threshold is a level from 1 to 5.</source>
        <translation>ยังไม่ได้บันทึก เกณฑ์แต่ละข้อต้องเป็นระดับ 1 ถึง 5</translation>
    </message>
</context>
<context>
    <name>PairsPanel</name>
    <message>
        <source>Who learns from whom</source>
        <translation>ใครเรียนรู้จากใคร</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>ผู้เรียนรู้</translation>
    </message>
    <message>
        <source>Learns from</source>
        <translation>เรียนรู้จาก</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Ma&amp;ke an action…</source>
        <translation>ทำเป็นแผนปฏิบัติ (&amp;K)…</translation>
    </message>
    <message>
        <source>Agree a learning action for the chosen pair: what, by when</source>
        <translation>ตกลงแผนการเรียนรู้ของคู่ที่เลือก: ทำอะไร ภายในเมื่อไร</translation>
    </message>
    <message>
        <source>outside the team</source>
        <translation>คนนอกทีม</translation>
    </message>
    <message>
        <source>Needs outside help (nobody in the team can teach it yet):</source>
        <translation>ต้องการความช่วยเหลือจากภายนอก (ยังไม่มีใครในทีมสอนเรื่องนี้ได้):</translation>
    </message>
    <message>
        <source>Someone in the team can teach every competency.</source>
        <translation>ทุกความสามารถมีคนในทีมที่สอนได้</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People and rounds</source>
        <translation>บุคคลและรอบ</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>รอบการประเมิน</translation>
    </message>
    <message>
        <source>Change the round's title or date</source>
        <translation>เปลี่ยนชื่อหรือวันที่ของรอบ</translation>
    </message>
    <message>
        <source>Delete the round and its ratings, after a backup</source>
        <translation>ลบรอบพร้อมผลการประเมิน หลังสำรองข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>คุณอำนวย</translation>
    </message>
    <message>
        <source>Search by name, agency or team</source>
        <translation>ค้นหาจากชื่อ หน่วยงาน หรือทีม</translation>
    </message>
    <message>
        <source>Inactive people are not offered for new ratings; their ratings are kept.</source>
        <translation>รายชื่อที่ไม่ใช้งานจะไม่มีให้เลือกในการประเมินครั้งใหม่ แต่คะแนนเดิมยังเก็บไว้</translation>
    </message>
    <message>
        <source>Change the name, agency or team</source>
        <translation>แก้ไขชื่อ หน่วยงาน หรือทีม</translation>
    </message>
    <message>
        <source>Offer {0} for new ratings again</source>
        <translation>ให้มีชื่อ {0} ให้เลือกในการประเมินครั้งใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Add &amp;team…</source>
        <translation>เพิ่มทีม (&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>เปลี่ยนชื่อ (&amp;N)…</translation>
    </message>
    <message>
        <source>Add r&amp;ound…</source>
        <translation>เพิ่มรอบ (&amp;O)…</translation>
    </message>
    <message>
        <source>Edit &amp;round…</source>
        <translation>แก้ไขรอบ (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ลบ (&amp;D)…</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>แสดงรายชื่อที่ไม่ใช้งาน (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add facilitator…</source>
        <translation>เพิ่มคุณอำนวย (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>เปิดใช้งานอีกครั้ง (&amp;V)</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>ปิดการใช้งาน (&amp;V)</translation>
    </message>
    <message>
        <source>For someone who has left: not offered for new ratings; their ratings are kept</source>
        <translation>สำหรับคนที่ออกไปแล้ว: จะไม่มีชื่อให้เลือกในการประเมินครั้งใหม่ แต่คะแนนเดิมยังเก็บไว้</translation>
    </message>
    <message>
        <source>Added {0}.</source>
        <translation>เพิ่ม {0} แล้ว</translation>
    </message>
    <message>
        <source>{0} is now inactive and will not be offered for new ratings. Nothing was deleted: their {1} ratings are kept. To bring them back, tick “Show inactive”, select them and press Reactivate.</source>
        <translation>ปิดการใช้งาน {0} แล้ว จะไม่มีชื่อให้เลือกในการประเมินครั้งใหม่ ไม่มีอะไรถูกลบ: คะแนนเดิม {1} ข้อยังเก็บไว้ครบ ถ้าจะให้กลับมา ให้ติ๊ก “แสดงรายชื่อที่ไม่ใช้งาน” เลือกชื่อ แล้วกด “เปิดใช้งานอีกครั้ง”</translation>
    </message>
    <message>
        <source>{0} is active again.</source>
        <translation>{0} กลับมาใช้งานได้อีกครั้งแล้ว</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>รหัส PIN เป็นตัวเลข {0} ถึง {1} หลัก</translation>
    </message>
    <message>
        <source>Team lead's PIN</source>
        <translation>รหัส PIN ของหัวหน้าทีม</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>รหัส PIN ใหม่ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>รหัส PIN (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>ใส่อีกครั้ง (&amp;A):</translation>
    </message>
    <message>
        <source>The two PINs are not the same; type it again.</source>
        <translation>รหัสสองช่องไม่ตรงกัน กรุณาพิมพ์อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>PlanControl</name>
    <message>
        <source>Self-ratings: {0}</source>
        <translation>คะแนนประเมินตนเอง: {0}</translation>
    </message>
    <message>
        <source>spread {0}</source>
        <translation>ห่างกัน {0}</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>ทำตามแผนแล้ว</translation>
    </message>
    <message>
        <source>Write the after-action review now, while it is fresh?</source>
        <translation>เขียนการทบทวนหลังการปฏิบัติ (AAR) ตอนนี้เลยไหม ขณะที่ยังจำได้ดี?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; learns {1} {2} from {3}: {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; เรียนรู้เรื่อง {1} {2} จาก {3}: {4}</translation>
    </message>
    <message>
        <source>Knowledge asset</source>
        <translation>ขุมความรู้</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Copied: paste it into LINE</source>
        <translation>คัดลอกแล้ว: วางใน LINE ได้เลย</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>&lt;b&gt;Agreed levels&lt;/b&gt; — beside the self-ratings, never averaged into them</source>
        <translation>&lt;b&gt;ระดับที่ทีมเห็นพ้อง&lt;/b&gt; — แสดงคู่กับคะแนนประเมินตนเอง ไม่นำไปเฉลี่ยรวม</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>สมรรถนะ</translation>
    </message>
    <message>
        <source>Self-ratings</source>
        <translation>คะแนนประเมินตนเอง</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ความห่าง</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>เห็นพ้อง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Set a&amp;greed level…</source>
        <translation>กำหนดระดับที่เห็นพ้อง (&amp;G)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning actions&lt;/b&gt; of this round and the round before</source>
        <translation>&lt;b&gt;แผนการเรียนรู้&lt;/b&gt; รอบนี้และรอบก่อน</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>ผู้เรียน</translation>
    </message>
    <message>
        <source>Learns from</source>
        <translation>เรียนจาก</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ทำอะไร</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>ภายใน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ทบทวน</translation>
    </message>
    <message>
        <source>Change next round</source>
        <translation>ความเปลี่ยนแปลงรอบถัดไป</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>เพิ่มแผน (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>ทบทวน (&amp;V)…</translation>
    </message>
    <message>
        <source>After-action review: the four questions</source>
        <translation>การทบทวนหลังการปฏิบัติ: คำถามสี่ข้อ</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>ทำเสร็จแล้ว (&amp;D)</translation>
    </message>
    <message>
        <source>Cop&amp;y for LINE</source>
        <translation>คัดลอกไปวางใน LINE (&amp;Y)</translation>
    </message>
    <message>
        <source>The round's actions as plain text, ready to paste into a LINE message</source>
        <translation>แผนการเรียนรู้ของรอบนี้เป็นข้อความธรรมดา พร้อมวางในข้อความ LINE</translation>
    </message>
    <message>
        <source>Worth a conversation: spread {0} (≥ {1})</source>
        <translation>ควรคุยกัน: คะแนนห่างกัน {0} (≥ {1})</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>The file was not imported</source>
        <translation>ไม่ได้นำเข้าไฟล์นี้</translation>
    </message>
    <message>
        <source>Nothing was changed in your data. Correct these rows in the file and import it again:</source>
        <translation>ข้อมูลของคุณไม่มีการเปลี่ยนแปลงใด ๆ ให้แก้ไขแถวต่อไปนี้ในไฟล์ แล้วนำเข้าอีกครั้ง:</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <source>F&amp;acilitator:</source>
        <translation>คุณอำนวย (&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;tairs for:</source>
        <translation>บันไดของรอบ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>บันทึกกราฟ (&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>ส่งออก PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>The person's report for the round the stairs show</source>
        <translation>รายงานของคนนี้ สำหรับรอบที่บันไดแห่งการเรียนรู้แสดงอยู่</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>รอบ (&amp;O)</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>โปรไฟล์ความสามารถ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>Knowledge and skill</source>
        <translation>ความรู้และทักษะ</translation>
    </message>
    <message>
        <source>Learning stairs</source>
        <translation>บันไดแห่งการเรียนรู้</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0} (ไม่ใช้งาน)</translation>
    </message>
    <message>
        <source>Add facilitators and a round on the People page first.</source>
        <translation>เพิ่มคุณอำนวยและรอบการประเมินที่หน้า “บุคคลและรอบ” ก่อน</translation>
    </message>
    <message>
        <source>{0} has not rated themselves as {1} in the chosen rounds yet.</source>
        <translation>{0} ยังไม่ได้ประเมินตนเองในบทบาท {1} ในรอบที่เลือก</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ยังไม่ได้ประเมิน</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>ดูใน:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ชื่อไฟล์ (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ดูใน (&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ชนิดไฟล์ (&amp;T):</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่ซ่อน (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์ใหม่ (&amp;N)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มีไฟล์ %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์นี้
กรุณาตรวจสอบชื่อไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์นี้
กรุณาตรวจสอบชื่อโฟลเดอร์อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ชนิด</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This database is read-only: you can look, chart and print, but not change anything.</source>
        <translation>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว: ดู ทำแผนภูมิ และพิมพ์ได้ แต่แก้ไขอะไรไม่ได้</translation>
    </message>
    <message>
        <source>The file, its folder or the disk cannot be written. To make changes, copy the file to a folder you can write to and open the copy.</source>
        <translation>เขียนลงไฟล์ โฟลเดอร์ของไฟล์ หรือดิสก์ไม่ได้ หากต้องการแก้ไข ให้คัดลอกไฟล์ไปไว้ในโฟลเดอร์ที่เขียนได้ แล้วเปิดไฟล์ที่คัดลอกนั้น</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export PDF</source>
        <translation>ส่งออก PDF</translation>
    </message>
    <message>
        <source>Choose who and which round to export first.</source>
        <translation>เลือกคนหรือทีม และรอบที่จะส่งออกก่อน</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>กำลังเขียน {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Folder for the round's reports</source>
        <translation>โฟลเดอร์สำหรับรายงานของรอบนี้</translation>
    </message>
    <message>
        <source>Writing the reports for the whole round…</source>
        <translation>กำลังเขียนรายงานของทั้งรอบ…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>บันทึกแล้ว: {0}</translation>
    </message>
    <message>
        <source>Reports cancelled</source>
        <translation>ยกเลิกการเขียนรายงานแล้ว</translation>
    </message>
    <message>
        <source>The reports finished before Cancel are kept whole; no file is half-written.</source>
        <translation>รายงานที่เขียนเสร็จก่อนกดยกเลิกยังเก็บไว้ครบ ไม่มีไฟล์ใดค้างอยู่ครึ่ง ๆ กลาง ๆ</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>ยังไม่มีข้อมูลสำหรับรายงาน</translation>
    </message>
    <message>
        <source>There are no ratings for this choice yet.</source>
        <translation>ยังไม่มีผลการประเมินสำหรับสิ่งที่เลือก</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>บันทึกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>No report was written. The details are in:
{0}</source>
        <translation>ไม่ได้เขียนรายงานใด ๆ ดูรายละเอียดได้ที่:
{0}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>Facilitator self-assessment</source>
        <translation>แบบประเมินตนเองของคุณอำนวย</translation>
    </message>
    <message>
        <source>Facilitator team self-assessment</source>
        <translation>ผลการประเมินตนเองของทีมคุณอำนวย</translation>
    </message>
    <message>
        <source>Anonymous edition: members are shown as letters, for sharing</source>
        <translation>ฉบับไม่ระบุชื่อ: ใช้ตัวอักษรแทนชื่อสมาชิก สำหรับเผยแพร่</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>เป้าประสงค์</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ–สกุล</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Team (sub-district)</source>
        <translation>ทีมตำบล</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>รอบการประเมิน</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation>วันที่ประเมิน</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>กรอบฉบับที่</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>วันที่พิมพ์</translation>
    </message>
    <message>
        <source>Roles rated</source>
        <translation>บทบาทที่ประเมิน</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(ไม่สังกัดทีม)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Sub-district team</source>
        <translation>ทีมตำบล</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>สมาชิกในทีม</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Competency profile</source>
        <translation>โปรไฟล์ความสามารถ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>ความสามารถ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>The level I rated</source>
        <translation>ระดับที่ประเมินตนเอง</translation>
    </message>
    <message>
        <source>Evidence / note</source>
        <translation>หลักฐาน / บันทึก</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>เฉลี่ย</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>Ratings by indicator</source>
        <translation>ผลการประเมินรายตัวชี้วัด</translation>
    </message>
    <message>
        <source>Who in the team to learn from</source>
        <translation>เรียนรู้จากใครในทีม</translation>
    </message>
    <message>
        <source>Now / target</source>
        <translation>ปัจจุบัน / เป้าหมาย</translation>
    </message>
    <message>
        <source>Learn from</source>
        <translation>เรียนรู้จาก</translation>
    </message>
    <message>
        <source>Nobody in the team yet: find outside help</source>
        <translation>ยังไม่มีในทีม ต้องหาผู้รู้จากภายนอก</translation>
    </message>
    <message>
        <source>outside help</source>
        <translation>ผู้รู้ภายนอก</translation>
    </message>
    <message>
        <source>No competency is far below its target in this role</source>
        <translation>ไม่มีความสามารถที่ห่างจากเป้าหมายมากในบทบาทนี้</translation>
    </message>
    <message>
        <source>You can help team-mates with</source>
        <translation>ท่านถ่ายทอดให้เพื่อนในทีมได้</translation>
    </message>
    <message>
        <source>Progress across all rounds</source>
        <translation>ความก้าวหน้าตลอดทุกรอบ</translation>
    </message>
    <message>
        <source>Each competency's mean in each round; Change compares the last two</source>
        <translation>ค่าเฉลี่ยของแต่ละความสามารถในแต่ละรอบ แถวเปลี่ยนแปลงเทียบสองรอบล่าสุด</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>ความรู้</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>ทักษะ</translation>
    </message>
    <message>
        <source>Not sure yet: questions to discuss</source>
        <translation>ข้อที่ยังไม่แน่ใจ: ประเด็นชวนคุยในทีม</translation>
    </message>
    <message>
        <source>Answers of “{not_sure}” are left out of the means; bring them to the team's circle</source>
        <translation>ข้อที่ตอบว่า “{not_sure}” ไม่นำมาคิดค่าเฉลี่ย นำมาคุยกันในวงคุณอำนวย</translation>
    </message>
    <message>
        <source>What does “{text}” mean in our work?</source>
        <translation>“{text}” หมายถึงอะไรในงานของเรา</translation>
    </message>
    <message>
        <source>Question to discuss</source>
        <translation>ประเด็นชวนคุย</translation>
    </message>
    <message>
        <source>No not-sure answers in this round</source>
        <translation>ไม่มีข้อที่ไม่แน่ใจในรอบนี้</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ลงชื่อ</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>ผู้ประเมิน</translation>
    </message>
    <message>
        <source>Reviewer (team lead / mentor)</source>
        <translation>ผู้ทบทวน (หัวหน้าทีม / พี่เลี้ยง)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>ผู้จัดทำรายงาน</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>ผู้รับรอง</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>หน้า {n}/{total}</translation>
    </message>
    <message>
        <source>Members' profiles</source>
        <translation>โปรไฟล์ของสมาชิก</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>คู่เรียนรู้</translation>
    </message>
    <message>
        <source>Needs outside help</source>
        <translation>ต้องการความช่วยเหลือจากภายนอก</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>The team's progress across all rounds</source>
        <translation>ความก้าวหน้าของทีมตลอดทุกรอบ</translation>
    </message>
    <message>
        <source>The team's mean in each round (of the members who rated that round)</source>
        <translation>ค่าเฉลี่ยของทีมในแต่ละรอบ (เฉลี่ยจากคะแนนของสมาชิกที่ประเมินในรอบนั้น)</translation>
    </message>
    <message>
        <source>Nobody has rated this role yet</source>
        <translation>ยังไม่มีผู้ประเมินในบทบาทนี้</translation>
    </message>
    <message>
        <source>{n} of {total} members rated</source>
        <translation>ผู้ประเมิน {n} จาก {total} คน</translation>
    </message>
    <message>
        <source>Agreed levels and spreads</source>
        <translation>ระดับที่ทีมเห็นพ้องและความห่างของคะแนน</translation>
    </message>
    <message>
        <source>The level the team agreed in conversation sits beside the self-ratings and is never averaged into them. ● worth a conversation: spread ≥ {0}</source>
        <translation>ระดับที่ทีมเห็นพ้องจากการพูดคุยแสดงคู่กับคะแนนประเมินตนเอง ไม่นำไปเฉลี่ยรวม ● ควรคุยกัน: คะแนนห่างกัน ≥ {0}</translation>
    </message>
    <message>
        <source>no agreed level, nothing worth a conversation</source>
        <translation>ไม่มีระดับที่เห็นพ้อง ไม่มีเรื่องที่ควรคุยกัน</translation>
    </message>
    <message>
        <source>Self-ratings</source>
        <translation>คะแนนประเมินตนเอง</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ความห่าง</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>เห็นพ้อง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Learning actions in this round</source>
        <translation>แผนการเรียนรู้ในรอบนี้</translation>
    </message>
    <message>
        <source>My learning actions</source>
        <translation>แผนการเรียนรู้ของฉัน</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>ผู้เรียนรู้</translation>
    </message>
    <message>
        <source>Learns from</source>
        <translation>เรียนรู้จาก</translation>
    </message>
    <message>
        <source>What, by when</source>
        <translation>ทำอะไร ภายในเมื่อไร</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Change next round</source>
        <translation>ความเปลี่ยนแปลงรอบถัดไป</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>ยังไม่มีคะแนน</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>ภายใน {0}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ทำแล้ว</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Supposed to happen</source>
        <translation>ตั้งใจให้เกิด</translation>
    </message>
    <message>
        <source>Actually happened</source>
        <translation>เกิดขึ้นจริง</translation>
    </message>
    <message>
        <source>Why the difference</source>
        <translation>ทำไมจึงต่างกัน</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>ครั้งหน้า</translation>
    </message>
    <message>
        <source>Knowledge asset</source>
        <translation>ขุมความรู้</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ไม่ระบุชื่อ</translation>
    </message>
    <message>
        <source>Profile and learning stairs in each role</source>
        <translation>โปรไฟล์ความสามารถและบันไดแห่งการเรียนรู้ในแต่ละบทบาท</translation>
    </message>
    <message>
        <source>Competency codes in the charts and tables</source>
        <translation>รหัสความสามารถในแผนภูมิและตาราง</translation>
    </message>
    <message>
        <source>Appendix: what each chosen level says</source>
        <translation>ภาคผนวก: คำอธิบายของระดับที่เลือก</translation>
    </message>
    <message>
        <source>For each indicator, the framework's sentence for the level chosen</source>
        <translation>คำอธิบายตามกรอบความรู้และทักษะ ของระดับที่เลือกในแต่ละตัวชี้วัด</translation>
    </message>
    <message>
        <source>Level chosen</source>
        <translation>ระดับที่เลือก</translation>
    </message>
    <message>
        <source>What the level says</source>
        <translation>คำอธิบายระดับ</translation>
    </message>
    <message>
        <source>The river is compared with {round}</source>
        <translation>ธารปัญญาเทียบกับ {round}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>no score yet</source>
        <translation>ยังไม่มีคะแนน</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} ใน{1}</translation>
    </message>
    <message>
        <source>After-action review</source>
        <translation>การทบทวนหลังการปฏิบัติ</translation>
    </message>
    <message>
        <source>Change in this competency next round: {0}</source>
        <translation>ความเปลี่ยนแปลงของสมรรถนะนี้ในรอบถัดไป: {0}</translation>
    </message>
    <message>
        <source>The learner's own rating then, minus the one in this action's round. Self-ratings often drop as people learn what good looks like.</source>
        <translation>คะแนนประเมินตนเองของผู้เรียนในรอบนั้น ลบด้วยคะแนนในรอบของแผนนี้ คะแนนประเมินตนเองมักลดลงเมื่อคนเรียนรู้ว่างานที่ดีเป็นอย่างไร</translation>
    </message>
    <message>
        <source>&amp;What was supposed to happen?</source>
        <translation>ตั้งใจให้เกิดอะไรขึ้น? (&amp;W)</translation>
    </message>
    <message>
        <source>What &amp;actually happened?</source>
        <translation>เกิดอะไรขึ้นจริง? (&amp;A)</translation>
    </message>
    <message>
        <source>Wh&amp;y was there a difference?</source>
        <translation>ทำไมจึงแตกต่างกัน? (&amp;Y)</translation>
    </message>
    <message>
        <source>What will we do &amp;next time?</source>
        <translation>ครั้งหน้าจะทำอะไร? (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Knowledge asset:</source>
        <translation>ขุมความรู้ (&amp;K):</translation>
    </message>
    <message>
        <source>A note, or the path of a file it produced (ขุมความรู้)</source>
        <translation>บันทึก หรือที่อยู่ของไฟล์ที่ได้ (ขุมความรู้)</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>เลือกไฟล์ (&amp;H)…</translation>
    </message>
    <message>
        <source>This answer</source>
        <translation>คำตอบนี้</translation>
    </message>
</context>
<context>
    <name>RoundDeletion</name>
    <message>
        <source>That round is no longer there: it was deleted elsewhere.</source>
        <translation>รอบนี้ไม่มีแล้ว ถูกลบจากที่อื่น</translation>
    </message>
    <message>
        <source>Nothing was deleted: {0}</source>
        <translation>ไม่ได้ลบอะไร: {0}</translation>
    </message>
    <message>
        <source>Deleted the round “{0}” (ratings deleted: {1}).</source>
        <translation>ลบรอบ “{0}” แล้ว (ลบผลการประเมิน {1} ข้อ)</translation>
    </message>
    <message>
        <source>The backup made just before is:
{0}</source>
        <translation>สำรองข้อมูลไว้ก่อนลบที่:
{0}</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>ลบรอบ</translation>
    </message>
    <message>
        <source>Delete the round “{0}” of {1}?</source>
        <translation>ลบรอบ “{0}” วันที่ {1} หรือไม่</translation>
    </message>
    <message>
        <source>Its ratings are deleted with it: {0} ratings, by {1} facilitators.</source>
        <translation>ผลการประเมินจะถูกลบไปด้วย: {0} ข้อ จากคุณอำนวย {1} คน</translation>
    </message>
    <message>
        <source>Nobody has rated in it yet.</source>
        <translation>ยังไม่มีใครประเมินในรอบนี้</translation>
    </message>
    <message>
        <source>Its learning plan goes too: {0} agreed levels and learning actions.</source>
        <translation>แผนการเรียนรู้ของรอบนี้จะถูกลบไปด้วย: ระดับที่ทีมเห็นพ้องและกิจกรรมการเรียนรู้ {0} รายการ</translation>
    </message>
    <message>
        <source>kmdesk backs up the database first, so it can be brought back.</source>
        <translation>kmdesk จะสำรองฐานข้อมูลก่อน จึงกู้คืนได้</translation>
    </message>
    <message>
        <source>This database is on a server: kmdesk cannot back it up first. Only the server's own backups can bring the round back.</source>
        <translation>ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ kmdesk สำรองข้อมูลก่อนไม่ได้ จะกู้รอบคืนได้จากข้อมูลสำรองของเซิร์ฟเวอร์เท่านั้น</translation>
    </message>
    <message>
        <source>Other PCs that merge a bundle from this one delete the round too, and an older bundle no longer brings it back.</source>
        <translation>เครื่องอื่นที่รวมไฟล์ผลประเมินจากเครื่องนี้จะลบรอบนี้ด้วย และไฟล์ผลประเมินที่เก่ากว่าจะไม่นำรอบนี้กลับมาอีก</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Add round</source>
        <translation>เพิ่มรอบการประเมิน</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>แก้ไขรอบการประเมิน</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อรอบ (&amp;T):</translation>
    </message>
    <message>
        <source>e.g. รอบที่ 4</source>
        <translation>เช่น รอบที่ 4</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>วันที่ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Framework version:</source>
        <translation>กรอบความสามารถ ฉบับที่ (&amp;F):</translation>
    </message>
    <message>
        <source>Everyone rates themselves against this version's wording. Usually the newest.</source>
        <translation>ทุกคนจะประเมินตนเองตามข้อความของฉบับนี้ ปกติให้เลือกฉบับล่าสุด</translation>
    </message>
    <message>
        <source>A round's framework version cannot change: its ratings use that wording.</source>
        <translation>เปลี่ยนฉบับของกรอบความสามารถในรอบที่ตั้งไว้แล้วไม่ได้ เพราะผลการประเมินในรอบนั้นใช้ข้อความของฉบับนั้น</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Type day/month/year, for example {1}.</source>
        <translation>“{0}” ไม่ใช่วันที่ พิมพ์ วัน/เดือน/ปี เช่น {1}</translation>
    </message>
    <message>
        <source>Type the date as day/month/year, for example {0}.</source>
        <translation>พิมพ์วันที่เป็น วัน/เดือน/ปี เช่น {0}</translation>
    </message>
    <message>
        <source>Type the round's title.</source>
        <translation>กรุณาพิมพ์ชื่อรอบ</translation>
    </message>
    <message>
        <source>There is already a round titled “{0}”. Choose another title.</source>
        <translation>มีรอบชื่อ “{0}” อยู่แล้ว กรุณาตั้งชื่ออื่น</translation>
    </message>
</context>
<context>
    <name>RoundModel</name>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>กรอบความสามารถ ฉบับที่</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>ประเมินแล้ว (ข้อ)</translation>
    </message>
    <message>
        <source>This date is more than a year ahead, so the round counts as the latest. If the year is wrong, press Edit… to correct it.</source>
        <translation>วันที่นี้เกินหนึ่งปีข้างหน้า รอบนี้จึงถูกนับเป็นรอบล่าสุด ถ้าปีผิด กด แก้ไข… เพื่อแก้</translation>
    </message>
</context>
<context>
    <name>SendRatingsDialog</name>
    <message>
        <source>Send my ratings</source>
        <translation>ส่งผลประเมินของฉัน</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>ไม่มีทีม</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>ทุกรอบ</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>ผู้ประเมิน (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>รอบ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>บันทึกไฟล์ส่ง (&amp;S)…</translation>
    </message>
    <message>
        <source>No facilitators yet: add them on the People page.</source>
        <translation>ยังไม่มีคุณอำนวย: เพิ่มรายชื่อได้ที่หน้าบุคคลและรอบ</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>เปิดโฟลเดอร์ (&amp;F)</translation>
    </message>
    <message>
        <source>Saved {0} ratings in this file:</source>
        <translation>บันทึกผลประเมิน {0} ข้อไว้ในไฟล์นี้:</translation>
    </message>
    <message>
        <source>Send it by LINE, e-mail or USB stick.</source>
        <translation>ส่งไฟล์นี้ทาง LINE อีเมล หรือแฟลชไดรฟ์</translation>
    </message>
    <message>
        <source>kmdesk bundle (*.kmdesk)</source>
        <translation>ไฟล์ kmdesk (*.kmdesk)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open a shared server</source>
        <translation>เปิดเซิร์ฟเวอร์ที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <source>e.g. server.office.local or 192.168.1.20</source>
        <translation>เช่น server.office.local หรือ 192.168.1.20</translation>
    </message>
    <message>
        <source>leave empty if this computer already knows it</source>
        <translation>เว้นว่างไว้ถ้าเครื่องนี้จำไว้แล้ว</translation>
    </message>
    <message>
        <source>Keep the password in this computer's keyring</source>
        <translation>เก็บรหัสผ่านไว้ในที่เก็บรหัสผ่านของเครื่องนี้</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>พอร์ต (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>ชื่อผู้ใช้ (&amp;L):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>รหัสผ่าน (&amp;W):</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>ชื่อผู้ใช้ของคุณ</translation>
    </message>
    <message>
        <source>Please fill in {0}.</source>
        <translation>กรุณากรอก{0}</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>logins and rights are for a PostgreSQL server; a database file has no logins</source>
        <translation>ชื่อผู้ใช้และสิทธิ์ใช้กับเซิร์ฟเวอร์ PostgreSQL ไฟล์ฐานข้อมูลไม่มีชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>only the server's setup account (a superuser, e.g. postgres) may add or remove logins; nothing was changed</source>
        <translation>เฉพาะบัญชีผู้ติดตั้งของเซิร์ฟเวอร์ (superuser เช่น postgres) เท่านั้นที่เพิ่มหรือลบชื่อผู้ใช้ได้ จึงไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>{0!r} cannot be a login: use small letters a-z, digits and _, starting with a letter, at most 63 (e.g. malai_s)</source>
        <translation>{0!r} ใช้เป็นชื่อผู้ใช้ไม่ได้: ใช้อักษร a-z ตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร ยาวไม่เกิน 63 ตัว (เช่น malai_s)</translation>
    </message>
    <message>
        <source>no team named {0!r}</source>
        <translation>ไม่มีทีมชื่อ {0!r}</translation>
    </message>
    <message>
        <source>no person named {0!r} in team {1!r}</source>
        <translation>ไม่มีคนชื่อ {0!r} ในทีม {1!r}</translation>
    </message>
    <message>
        <source>no person named {0!r}</source>
        <translation>ไม่มีคนชื่อ {0!r}</translation>
    </message>
    <message>
        <source>more than one person is named {0!r}; give --team too</source>
        <translation>มีมากกว่าหนึ่งคนที่ชื่อ {0!r} โปรดใส่ --team ด้วย</translation>
    </message>
    <message>
        <source>{0!r} is not a kind of login: facilitator, lead or admin</source>
        <translation>{0!r} ไม่ใช่ประเภทชื่อผู้ใช้: facilitator, lead หรือ admin</translation>
    </message>
    <message>
        <source>a facilitator's login needs --person NAME (and --team T)</source>
        <translation>ชื่อผู้ใช้ของคุณอำนวยต้องมี --person ชื่อ (และ --team ทีม)</translation>
    </message>
    <message>
        <source>a team lead's login needs --team T</source>
        <translation>ชื่อผู้ใช้ของหัวหน้าทีมต้องมี --team ทีม</translation>
    </message>
    <message>
        <source>{0} is a superuser (or bypasses row-level security): PostgreSQL lets such a login past every rule. Give each person their own ordinary login</source>
        <translation>{0} เป็น superuser (หรือข้ามการป้องกันระดับแถว) ซึ่ง PostgreSQL ปล่อยผ่านทุกกฎ โปรดให้แต่ละคนมีชื่อผู้ใช้ธรรมดาของตนเอง</translation>
    </message>
    <message>
        <source>{0} is not a kmdesk login here (kmdesk db users lists them)</source>
        <translation>{0} ไม่ใช่ชื่อผู้ใช้ kmdesk ในฐานข้อมูลนี้ (ดูรายชื่อได้ด้วย kmdesk db users)</translation>
    </message>
    <message>
        <source>{0} is the last admin login; add another admin first (kmdesk db add-user LOGIN --as admin), so someone can still change the framework</source>
        <translation>{0} เป็นชื่อผู้ใช้ผู้ดูแลเครือข่ายคนสุดท้าย โปรดเพิ่มผู้ดูแลอีกคนก่อน (kmdesk db add-user ชื่อผู้ใช้ --as admin) เพื่อให้ยังมีคนแก้ไขกรอบความสามารถได้</translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <source>Target level per role</source>
        <translation>ระดับเป้าหมายของแต่ละบทบาท</translation>
    </message>
    <message>
        <source>The level (1–5) each role should reach in each competency; the charts draw it as the target line. A change is saved at once; Ctrl+Z takes it back.</source>
        <translation>ระดับ (1–5) ที่แต่ละบทบาทควรไปให้ถึงในแต่ละความสามารถ กราฟจะแสดงเป็นเส้นเป้าหมาย แก้แล้วบันทึกทันที กด Ctrl+Z เพื่อเลิกทำ</translation>
    </message>
    <message>
        <source>The level (1–5) each role should reach in each competency; the charts draw it as the target line.</source>
        <translation>ระดับ (1–5) ที่แต่ละบทบาทควรไปให้ถึงในแต่ละความสามารถ กราฟจะแสดงเป็นเส้นเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Add team</source>
        <translation>เพิ่มทีม</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>เปลี่ยนชื่อทีม</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>ชื่อทีม (&amp;N):</translation>
    </message>
    <message>
        <source>usually the sub-district (ตำบล), e.g. บางจาก</source>
        <translation>ปกติใช้ชื่อตำบล เช่น บางจาก</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Type the team's name.</source>
        <translation>กรุณาพิมพ์ชื่อทีม</translation>
    </message>
    <message>
        <source>There is already a team named “{0}”. Choose another name, or cancel and use that team.</source>
        <translation>มีทีมชื่อ “{0}” อยู่แล้ว ให้ตั้งชื่ออื่น หรือกดยกเลิกแล้วใช้ทีมนั้นแทน</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>สมาชิกที่ยังใช้งาน</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>&amp;Team:</source>
        <translation>ทีม (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>รอบ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>เทียบกับ (&amp;C):</translation>
    </message>
    <message>
        <source>Draw an earlier or later round under the river</source>
        <translation>แสดงรอบก่อนหรือรอบหลังไว้ใต้ธารปัญญา เพื่อเปรียบเทียบ</translation>
    </message>
    <message>
        <source>&amp;Anonymous (A, B, C…)</source>
        <translation>ไม่ระบุชื่อ (A, B, C…) (&amp;A)</translation>
    </message>
    <message>
        <source>Letters instead of names, for showing the team's charts to a wider group</source>
        <translation>ใช้ตัวอักษรแทนชื่อ เมื่อจะนำกราฟของทีมไปแสดงให้คนกลุ่มใหญ่ดู</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>บันทึกกราฟ (&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>ส่งออก PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>The team's report for this round; anonymous when the switch is on</source>
        <translation>รายงานของทีมในรอบนี้ ไม่ระบุชื่อเมื่อเปิดสวิตช์ “ไม่ระบุชื่อ”</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>สมาชิก (&amp;M)</translation>
    </message>
    <message>
        <source>River</source>
        <translation>ธารปัญญา</translation>
    </message>
    <message>
        <source>Skills matrix</source>
        <translation>ตารางแห่งอิสรภาพ</translation>
    </message>
    <message>
        <source>Learning pairs</source>
        <translation>คู่เรียนรู้</translation>
    </message>
    <message>
        <source>Team radar</source>
        <translation>โปรไฟล์ความสามารถของทีม</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>แผนการเรียนรู้</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่เทียบ)</translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation>{0} (ไม่ใช้งาน)</translation>
    </message>
    <message>
        <source>Add a team, its members and a round on the People page first.</source>
        <translation>เพิ่มทีม สมาชิกในทีม และรอบการประเมินที่หน้า “บุคคลและรอบ” ก่อน</translation>
    </message>
    <message>
        <source>Nobody in team {0} has rated themselves as {1} in {2} yet.</source>
        <translation>ยังไม่มีใครในทีม {0} ประเมินตนเองในบทบาท {1} สำหรับ {2}</translation>
    </message>
    <message>
        <source>The learning plan is a table, not a chart.</source>
        <translation>แผนการเรียนรู้เป็นตาราง ไม่ใช่กราฟ</translation>
    </message>
    <message>
        <source>Tick at least one member to draw the charts.</source>
        <translation>ติ๊กเลือกสมาชิกอย่างน้อย 1 คน เพื่อแสดงกราฟ</translation>
    </message>
    <message>
        <source>&amp;Include incomplete</source>
        <translation>รวมผู้ที่ยังประเมินไม่ครบ (&amp;I)</translation>
    </message>
    <message>
        <source>Count members who have not answered every indicator of this role and round; the chart names them either way</source>
        <translation>นับรวมสมาชิกที่ยังตอบตัวชี้วัดของบทบาทและรอบนี้ไม่ครบ ไม่ว่าจะเลือกแบบใด กราฟจะระบุชื่อไว้</translation>
    </message>
    <message>
        <source>None of the members ticked has answered every indicator yet. Tick “Include incomplete” to see their charts.</source>
        <translation>สมาชิกที่เลือกไว้ยังไม่มีใครตอบครบทุกตัวชี้วัด ติ๊ก “รวมผู้ที่ยังประเมินไม่ครบ” เพื่อดูกราฟของพวกเขา</translation>
    </message>
</context>
<context>
    <name>TerminalWords</name>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>River (team's lowest–mean–highest)</source>
        <translation>ธารปัญญา (ต่ำสุด–เฉลี่ย–สูงสุด ของทีม)</translation>
    </message>
    <message>
        <source>Learning stairs</source>
        <translation>บันไดแห่งการเรียนรู้</translation>
    </message>
    <message>
        <source>Who learns from whom</source>
        <translation>ใครเรียนรู้จากใคร</translation>
    </message>
    <message>
        <source>Needs outside help</source>
        <translation>ต้องการความช่วยเหลือจากภายนอก</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>เฉลี่ย</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ช่องว่าง</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>ผู้เรียน</translation>
    </message>
    <message>
        <source>Learns from</source>
        <translation>ผู้ให้</translation>
    </message>
    <message>
        <source>(nobody in the team)</source>
        <translation>(ไม่มีในทีม)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>framework version</source>
        <translation>กรอบฉบับที่</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>เป้าประสงค์</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Roles and target levels</source>
        <translation>บทบาทและระดับเป้าหมาย</translation>
    </message>
    <message>
        <source>or</source>
        <translation>หรือ</translation>
    </message>
    <message>
        <source>Not yet complete, counted in the sums (indicators answered):</source>
        <translation>ยังประเมินไม่ครบ นับรวมในผลของทีม (ตัวชี้วัดที่ตอบแล้ว):</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} จาก {1}</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(เลิกใช้แล้ว)</translation>
    </message>
</context>
<context>
    <name>TreePanel</name>
    <message>
        <source>Add indicator…</source>
        <translation>เพิ่มตัวชี้วัด…</translation>
    </message>
    <message>
        <source>Add an indicator to the selected competency</source>
        <translation>เพิ่มตัวชี้วัดในความสามารถที่เลือกไว้</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>นำกลับมาใช้</translation>
    </message>
    <message>
        <source>Offer this indicator for rating again</source>
        <translation>ให้ตัวชี้วัดนี้กลับมาให้ประเมินได้อีก</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>เลิกใช้ตัวชี้วัด</translation>
    </message>
    <message>
        <source>This is the only indicator of its competency still in use; add another before retiring it.</source>
        <translation>ตัวชี้วัดนี้เป็นตัวเดียวที่ยังใช้อยู่ในความสามารถนี้ ให้เพิ่มตัวชี้วัดอื่นก่อน จึงจะเลิกใช้ตัวนี้ได้</translation>
    </message>
    <message>
        <source>Stop offering this indicator for rating; ratings already made keep it</source>
        <translation>ไม่ให้ประเมินตัวชี้วัดนี้อีก ส่วนผลการประเมินที่ทำไปแล้วยังเก็บไว้</translation>
    </message>
</context>
<context>
    <name>WelcomeNote</name>
    <message>
        <source>This database has no team yet. Make your team, its people and the first round, then start rating on the Assess page.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีทีม สร้างทีม สมาชิก และรอบแรก แล้วเริ่มประเมินที่หน้าประเมินตนเอง</translation>
    </message>
    <message>
        <source>Make my &amp;team…</source>
        <translation>สร้างทีมของฉัน (&amp;T)…</translation>
    </message>
</context>
</TS>