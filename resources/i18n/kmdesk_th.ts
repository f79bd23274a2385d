<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
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
        <source>This person&apos;s report for this round, ready to print</source>
        <translation>รายงานของคนนี้ในรอบนี้ พร้อมพิมพ์</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>คุณอำนวย (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>รอบ (&amp;R):</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>บทบาท (&amp;O):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt; choose a level and go to the next indicator&lt;br&gt;&lt;b&gt;?&lt;/b&gt; not sure what it means&lt;br&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;N&lt;/b&gt; write the evidence note, &lt;b&gt;Esc&lt;/b&gt; back&lt;br&gt;&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; or &lt;b&gt;Tab&lt;/b&gt; move · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; lower or raise&lt;br&gt;&lt;b&gt;Delete&lt;/b&gt; remove the answer&lt;br&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; redo&lt;br&gt;Every answer is saved at once.</source>
        <translation>&lt;b&gt;ปุ่มลัดบนแป้นพิมพ์&lt;/b&gt;&lt;br&gt;&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;5&lt;/b&gt; เลือกระดับ แล้วไปตัวชี้วัดข้อถัดไป&lt;br&gt;&lt;b&gt;?&lt;/b&gt; ไม่แน่ใจว่าหมายถึงอะไร&lt;br&gt;&lt;b&gt;Enter&lt;/b&gt; หรือ &lt;b&gt;N&lt;/b&gt; เขียนบันทึกหลักฐาน · &lt;b&gt;Esc&lt;/b&gt; ออกจากช่องบันทึก&lt;br&gt;&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; หรือ &lt;b&gt;Tab&lt;/b&gt; เลื่อนไปข้ออื่น · &lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; ลดหรือเพิ่มระดับ&lt;br&gt;&lt;b&gt;Delete&lt;/b&gt; ลบคำตอบ&lt;br&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; เลิกทำ · &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt; ทำซ้ำ&lt;br&gt;ทุกคำตอบบันทึกทันทีที่เลือก</translation>
    </message>
    <message>
        <source>Answers copied from {1}: {0}. Change any that are different now.</source>
        <translation>คัดลอกคำตอบจาก {1} แล้ว {0} ข้อ แก้ข้อที่ตอนนี้ต่างไปจากเดิมได้เลย</translation>
    </message>
    <message>
        <source>Nothing to copy: every indicator has an answer, or {0} has none for this role.</source>
        <translation>ไม่มีอะไรให้คัดลอก: ตอบครบทุกตัวชี้วัดแล้ว หรือใน {0} ไม่มีคำตอบของบทบาทนี้</translation>
    </message>
    <message>
        <source>Could not save: {0}. The form now shows what is stored.</source>
        <translation>บันทึกไม่ได้: {0} ตอนนี้แบบประเมินแสดงข้อมูลตามที่บันทึกไว้จริง</translation>
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
        <source>The file {0} cannot be opened.</source>
        <translation>เปิดไฟล์ {0} ไม่ได้</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>ไฟล์นี้ไม่ถูกแก้ไขใด ๆ</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>เปิดฐานข้อมูลไม่ได้</translation>
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
</context>
<context>
    <name>Errors</name>
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
        <source>Type the facilitator&apos;s name.</source>
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
    <name>FirstStart</name>
    <message>
        <source>Welcome to kmdesk</source>
        <translation>ยินดีต้อนรับสู่ kmdesk</translation>
    </message>
    <message>
        <source>Would you like to look around with demo data first (three invented teams), or start with an empty database for your own team?</source>
        <translation>อยากลองดูโปรแกรมด้วยข้อมูลตัวอย่างก่อน (มีทีมสมมุติ 3 ทีม) หรือจะเริ่มจากฐานข้อมูลว่างสำหรับทีมของคุณเองเลย?</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>เปิดข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>เริ่มจากฐานข้อมูลว่าง</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Framework</source>
        <translation>กรอบความสามารถ</translation>
    </message>
    <message>
        <source>Add indicator…</source>
        <translation>เพิ่มตัวชี้วัด…</translation>
    </message>
    <message>
        <source>Add an indicator to the selected competency</source>
        <translation>เพิ่มตัวชี้วัดในความสามารถที่เลือกไว้</translation>
    </message>
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
        <source>Target level per role</source>
        <translation>ระดับเป้าหมายของแต่ละบทบาท</translation>
    </message>
    <message>
        <source>The level (1–5) each role should reach in each competency; the charts draw it as the target line. A change is saved at once.</source>
        <translation>ระดับ (1–5) ที่แต่ละบทบาทควรไปให้ถึงในแต่ละความสามารถ กราฟจะแสดงเป็นเส้นเป้าหมาย แก้แล้วบันทึกทันที</translation>
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
        <source>Select an indicator to edit it, or a competency to add one.</source>
        <translation>เลือกตัวชี้วัดเพื่อแก้ไข หรือเลือกความสามารถเพื่อเพิ่มตัวชี้วัด</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — an indicator of {1} {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — ตัวชี้วัดของความสามารถ {1} {2}</translation>
    </message>
    <message>
        <source>&lt;i&gt;(retired: no longer offered for rating)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(เลิกใช้แล้ว: ไม่มีให้ประเมินอีก)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Your changes to {0} are not saved. Leave them and lose the changes?</source>
        <translation>สิ่งที่แก้ไขใน {0} ยังไม่ได้บันทึก จะทิ้งการแก้ไขนี้ไปเลยหรือไม่?</translation>
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
        <source>Export &amp;PDF of this page…</source>
        <translation>ส่งออก PDF ของหน้านี้ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reports for the whole round…</source>
        <translation>รายงานทั้งรอบ (&amp;R)…</translation>
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
        <source>Cannot open the database</source>
        <translation>เปิดฐานข้อมูลไม่ได้</translation>
    </message>
</context>
<context>
    <name>PairsPanel</name>
    <message>
        <source>Who learns from whom</source>
        <translation>ใครเรียนรู้จากใคร</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>ความสามารถ</translation>
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
        <source>Add team…</source>
        <translation>เพิ่มทีม…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>เปลี่ยนชื่อ…</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>รอบการประเมิน</translation>
    </message>
    <message>
        <source>Add round…</source>
        <translation>เพิ่มรอบ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
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
        <source>Show inactive</source>
        <translation>แสดงรายชื่อที่ไม่ใช้งาน</translation>
    </message>
    <message>
        <source>Inactive people are not offered for new ratings; their ratings are kept.</source>
        <translation>รายชื่อที่ไม่ใช้งานจะไม่มีให้เลือกในการประเมินครั้งใหม่ แต่คะแนนเดิมยังเก็บไว้</translation>
    </message>
    <message>
        <source>Add facilitator…</source>
        <translation>เพิ่มคุณอำนวย…</translation>
    </message>
    <message>
        <source>Change the name, agency or team</source>
        <translation>แก้ไขชื่อ หน่วยงาน หรือทีม</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>เปิดใช้งานอีกครั้ง</translation>
    </message>
    <message>
        <source>Offer {0} for new ratings again</source>
        <translation>ให้มีชื่อ {0} ให้เลือกในการประเมินครั้งใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>ปิดการใช้งาน</translation>
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
        <source>&amp;Facilitator:</source>
        <translation>คุณอำนวย (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Stairs for:</source>
        <translation>บันไดของรอบ (&amp;S):</translation>
    </message>
    <message>
        <source>Save &amp;chart…</source>
        <translation>บันทึกกราฟ (&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>ส่งออก PDF (&amp;P)…</translation>
    </message>
    <message>
        <source>The person&apos;s report for the round the stairs show</source>
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
        <source>Folder for the round&apos;s reports</source>
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
        <source>Each competency&apos;s mean in each round; Change compares the last two</source>
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
        <source>Answers of “{not_sure}” are left out of the means; bring them to the team&apos;s circle</source>
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
        <source>Members&apos; profiles</source>
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
        <source>The team&apos;s progress across all rounds</source>
        <translation>ความก้าวหน้าของทีมตลอดทุกรอบ</translation>
    </message>
    <message>
        <source>The team&apos;s mean in each round (of the members who rated that round)</source>
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
        <source>Learner</source>
        <translation>ผู้เรียนรู้</translation>
    </message>
    <message>
        <source>Learns from</source>
        <translation>เรียนรู้จาก</translation>
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
        <source>For each indicator, the framework&apos;s sentence for the level chosen</source>
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
        <source>Everyone rates themselves against this version&apos;s wording. Usually the newest.</source>
        <translation>ทุกคนจะประเมินตนเองตามข้อความของฉบับนี้ ปกติให้เลือกฉบับล่าสุด</translation>
    </message>
    <message>
        <source>A round&apos;s framework version cannot change: its ratings use that wording.</source>
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
        <source>Type the round&apos;s title.</source>
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
        <source>Type the team&apos;s name.</source>
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
        <source>Letters instead of names, for showing the team&apos;s charts to a wider group</source>
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
        <source>The team&apos;s report for this round; anonymous when the switch is on</source>
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
        <source>River (team&apos;s lowest–mean–highest)</source>
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
</context>
</TS>
