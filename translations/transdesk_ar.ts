<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../src/transdesk/gui/actions.py" line="+59"/>
        <source>&amp;Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Revision…</source>
        <translation>حفظ نسخة مراجَعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Article</source>
        <translation>إغلاق المقالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm and Go to Next Untranslated</source>
        <translation>تأكيد والانتقال إلى المقطع غير المترجم التالي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt Segment</source>
        <translation>المقطع التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Segment</source>
        <translation>المقطع السابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Source to Translation</source>
        <translation>نسخ المصدر إلى الترجمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next &amp;Untranslated</source>
        <translation>المقطع غير المترجم التالي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Needing &amp;Review</source>
        <translation>المقطع التالي بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About TransDesk</source>
        <translation>حول TransDesk</translation>
    </message>
</context>
<context>
    <name>AttributionPanel</name>
    <message>
        <location filename="../src/transdesk/gui/attribution_dock.py" line="+88"/>
        <source>&amp;Outlet:</source>
        <translation>الوسيلة الإعلامية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original &amp;URL:</source>
        <translation>الرابط الأصلي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authors:</source>
        <translation>الكُتّاب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original &amp;title:</source>
        <translation>العنوان الأصلي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>القسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rights:</source>
        <translation>الحقوق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Via:</source>
        <translation>نقلًا عن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tra&amp;nslators:</source>
        <translation>المترجمون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editor:</source>
        <translation>المحرر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>الموعد النهائي:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Separate names with ;</source>
        <translation>افصل بين الأسماء بالرمز ;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlets the report came through, one per line: name, then URL</source>
        <translation>الوسائل الإعلامية التي نُقل عبرها التقرير، واحدة في كل سطر: الاسم ثم الرابط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 2026-11-25 14:30+03:00</source>
        <translation>مثال: ⁦2026-11-25 14:30+03:00⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply attribution</source>
        <translation>تطبيق بيانات الإسناد</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Attribution not saved: correct the marked fields.</source>
        <translation>لم تُحفظ بيانات الإسناد: صحّح الحقول المعلَّمة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attribution not saved: %1</source>
        <translation>لم تُحفظ بيانات الإسناد: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attribution saved.</source>
        <translation>حُفظت بيانات الإسناد.</translation>
    </message>
</context>
<context>
    <name>EditorWidget</name>
    <message>
        <location filename="../src/transdesk/gui/editor/widget.py" line="+146"/>
        <source>Typing</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing to confirm: the translation is empty.</source>
        <translation>لا شيء لتأكيده: الترجمة فارغة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All segments are translated.</source>
        <translation>تُرجمت جميع المقاطع.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No segment is left to translate.</source>
        <translation>لم يبقَ أي مقطع للترجمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No segment is waiting for review.</source>
        <translation>لا يوجد مقطع بانتظار المراجعة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy source</source>
        <translation>نسخ المصدر</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/transdesk/gui/background.py" line="+22"/>
        <source>Internal error (%1); details in %2</source>
        <translation>خطأ داخلي (%1)؛ التفاصيل في %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/transdesk/gui/editor/find_bar.py" line="+89"/>
        <source>&amp;Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place with:</source>
        <translation>استبدال بـ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>النص المطلوب البحث عنه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source and translation</source>
        <translation>المصدر والترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source only</source>
        <translation>المصدر فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation only</source>
        <translation>الترجمة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../src/transdesk/gui/editor/find_controller.py" line="+66"/>
        <source>Not found</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search wrapped around</source>
        <translation>استُؤنف البحث من البداية</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+20"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>لم يُستبدل أي موضع</numerusform>
            <numerusform>استُبدل موضع واحد</numerusform>
            <numerusform>استُبدل موضعان</numerusform>
            <numerusform>استُبدلت %n مواضع</numerusform>
            <numerusform>استُبدل %n موضعًا</numerusform>
            <numerusform>استُبدل %n موضع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../src/transdesk/gui/history_dock.py" line="+30"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(import)</source>
        <translation>(استيراد)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>author (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Journaler</name>
    <message>
        <location filename="../src/transdesk/gui/autosave.py" line="+218"/>
        <source>A revision is already being saved.</source>
        <translation>يجري حفظ نسخة مراجَعة بالفعل.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The revision was not saved: {0}</source>
        <translation>لم تُحفظ النسخة المراجَعة: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your latest typing is not saved to the database yet ({0}); TransDesk keeps it and will try again.</source>
        <translation>لم يُحفظ آخر ما كتبته في قاعدة البيانات بعد ({0})؛ يحتفظ به TransDesk وسيعيد المحاولة.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../src/transdesk/gui/library_model.py" line="+56"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>اللغتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../src/transdesk/gui/library_dock.py" line="+79"/>
        <source>Search headlines and outlets</source>
        <translation>البحث في العناوين والوسائل الإعلامية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lang.</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source or target language code, e.g. ar</source>
        <translation>رمز لغة المصدر أو لغة الهدف، مثل ar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/transdesk/gui/main_window.py" line="+180"/>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an article from the library, or import a report: File ▸ Import, or drop files on this window.</source>
        <translation>افتح مقالة من المكتبة، أو استورد تقريرًا: ملف ◂ استيراد، أو أفلت الملفات على هذه النافذة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All segments</source>
        <translation>كل المقاطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to translate</source>
        <translation>ما بقي للترجمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only segments with this status</source>
        <translation>اعرض المقاطع التي في هذه الحالة فقط</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Preferences could not be saved: %1</source>
        <translation>تعذّر حفظ التفضيلات: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Restored %n unsaved segment(s) from your last session (kept at %1). Save a revision to keep them.</source>
        <translation>
            <numerusform>لم يُستعَد أي مقطع غير محفوظ من جلستك السابقة (%1).</numerusform>
            <numerusform>استُعيد مقطع واحد غير محفوظ من جلستك السابقة (حُفظ في %1). احفظ نسخة مراجَعة للاحتفاظ به.</numerusform>
            <numerusform>استُعيد مقطعان غير محفوظين من جلستك السابقة (حُفظا في %1). احفظ نسخة مراجَعة للاحتفاظ بهما.</numerusform>
            <numerusform>استُعيدت %n مقاطع غير محفوظة من جلستك السابقة (حُفظت في %1). احفظ نسخة مراجَعة للاحتفاظ بها.</numerusform>
            <numerusform>استُعيد %n مقطعًا غير محفوظ من جلستك السابقة (حُفظت في %1). احفظ نسخة مراجَعة للاحتفاظ بها.</numerusform>
            <numerusform>استُعيد %n مقطع غير محفوظ من جلستك السابقة (حُفظت في %1). احفظ نسخة مراجَعة للاحتفاظ بها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your latest edits could not be written to the database. Leave this article anyway? The edits would be lost.</source>
        <translation>تعذّرت كتابة تعديلاتك الأخيرة في قاعدة البيانات. هل تريد مغادرة هذه المقالة على أي حال؟ ستضيع التعديلات.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revisions are signed. Your name:</source>
        <translation>تُوقَّع النسخ المراجَعة باسم صاحبها. اسمك:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save revision</source>
        <translation>حفظ نسخة مراجَعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed (optional):</source>
        <translation>ما الذي تغيّر (اختياري):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing changed since the last revision.</source>
        <translation>لم يتغيّر شيء منذ آخر نسخة مراجَعة.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved revision %1 (%n segment(s) changed).</source>
        <translation>
            <numerusform>حُفظت النسخة المراجَعة %1 (لم يتغيّر أي مقطع).</numerusform>
            <numerusform>حُفظت النسخة المراجَعة %1 (تغيّر مقطع واحد).</numerusform>
            <numerusform>حُفظت النسخة المراجَعة %1 (تغيّر مقطعان).</numerusform>
            <numerusform>حُفظت النسخة المراجَعة %1 (تغيّرت %n مقاطع).</numerusform>
            <numerusform>حُفظت النسخة المراجَعة %1 (تغيّر %n مقطعًا).</numerusform>
            <numerusform>حُفظت النسخة المراجَعة %1 (تغيّر %n مقطع).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Draft kept (%n segment(s)).</source>
        <translation>
            <numerusform>حُفظت المسودة (بلا مقاطع).</numerusform>
            <numerusform>حُفظت المسودة (مقطع واحد).</numerusform>
            <numerusform>حُفظت المسودة (مقطعان).</numerusform>
            <numerusform>حُفظت المسودة (%n مقاطع).</numerusform>
            <numerusform>حُفظت المسودة (%n مقطعًا).</numerusform>
            <numerusform>حُفظت المسودة (%n مقطع).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import source reports</source>
        <translation>استيراد تقارير المصدر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports (*.txt *.md *.markdown *.html *.htm *.docx *.xlf *.xliff *.sdlxliff);;All files (*)</source>
        <translation>التقارير (*.txt *.md *.markdown *.html *.htm *.docx *.xlf *.xliff *.sdlxliff);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into (language codes, separated by commas):</source>
        <translation>الترجمة إلى (رموز اللغات، مفصولة بفواصل):</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>جارٍ استيراد %n ملف…</numerusform>
            <numerusform>جارٍ استيراد ملف واحد…</numerusform>
            <numerusform>جارٍ استيراد ملفين…</numerusform>
            <numerusform>جارٍ استيراد %n ملفات…</numerusform>
            <numerusform>جارٍ استيراد %n ملفًا…</numerusform>
            <numerusform>جارٍ استيراد %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome to TransDesk</source>
        <translation>مرحبًا بك في TransDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library is empty. Open a sample report to try TransDesk?</source>
        <translation>مكتبتك فارغة. هل تريد فتح تقرير نموذجي لتجربة TransDesk؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample in %1</source>
        <translation>نموذج باللغة %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, thanks</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The new database location is used from the next start.</source>
        <translation>سيُستخدم الموقع الجديد لقاعدة البيانات بدءًا من التشغيل القادم.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About TransDesk</source>
        <translation>حول TransDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TransDesk %1: a translation workbench for newsrooms.</source>
        <translation>TransDesk %1: منصة عمل للترجمة في غرف الأخبار.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>لا توجد مقالات في المكتبة</numerusform>
            <numerusform>مقالة واحدة في المكتبة</numerusform>
            <numerusform>مقالتان في المكتبة</numerusform>
            <numerusform>%n مقالات في المكتبة</numerusform>
            <numerusform>%n مقالةً في المكتبة</numerusform>
            <numerusform>%n مقالة في المكتبة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TransDesk</source>
        <translation>TransDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — TransDesk</source>
        <comment>window title: article title</comment>
        <translation>%1 — TransDesk</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unsaved translation</source>
        <translation>ترجمة غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This article has changes that are not in a revision yet.</source>
        <translation>في هذه المقالة تغييرات لم تُحفظ في نسخة مراجَعة بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are kept as a draft and come back when you reopen the article.</source>
        <translation>ستُحفظ مسودةً وتعود عند إعادة فتح المقالة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Revision</source>
        <translation>حفظ نسخة مراجَعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Draft and Close</source>
        <translation>الاحتفاظ بالمسودة والإغلاق</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unnamed translator</source>
        <translation>مترجم بلا اسم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on closing</source>
        <translation>حُفظت عند الإغلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision not saved</source>
        <translation>لم تُحفظ النسخة المراجَعة</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/transdesk/gui/notices.py" line="+39"/>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/transdesk/gui/preferences.py" line="+29"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> ms</source>
        <translation> ملّي ثانية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default: the file in your user data folder</source>
        <translation>الافتراضي: الملف الموجود في مجلد بيانات المستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>دورك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source font:</source>
        <translation>خط المصدر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translation font:</source>
        <translation>خط الترجمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font si&amp;ze:</source>
        <translation>حجم الخط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave after:</source>
        <translation>الحفظ التلقائي بعد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new database location is used from the next start.</source>
        <translation>يُستخدم الموقع الجديد لقاعدة البيانات بدءًا من التشغيل القادم.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/transdesk/gui/progress_text.py" line="+12"/>
        <source>%1 / %2 words translated (%3)</source>
        <translation>تُرجمت %1 من %2 كلمة (%3)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../src/transdesk/gui/roles.py" line="+9"/>
        <source>Translator</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
</context>
<context>
    <name>SegmentKind</name>
    <message>
        <location filename="../src/transdesk/gui/editor/model.py" line="+51"/>
        <source>Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>تعليق الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location line="+116"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source ({language})</source>
        <translation>المصدر ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation ({language})</source>
        <translation>الترجمة ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source text in %1</source>
        <translation>النص المصدر باللغة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation into %1</source>
        <translation>الترجمة إلى %1</translation>
    </message>
</context>
<context>
    <name>SegmentStatus</name>
    <message>
        <location filename="../src/transdesk/gui/editor/statuses.py" line="+14"/>
        <source>Untranslated</source>
        <translation>غير مترجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>تمت مراجعته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs update</source>
        <translation>بحاجة إلى تحديث</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../src/transdesk/gui/shortcuts_dialog.py" line="+22"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../src/transdesk/gui/library_model.py" line="+21"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>مُصدَّر</translation>
    </message>
</context>
</TS>
