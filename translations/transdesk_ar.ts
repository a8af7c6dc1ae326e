<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../src/transdesk/gui/actions.py" line="+84"/>
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
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>نشر…</translation>
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
        <location line="+4"/>
        <source>&amp;Compare Revisions…</source>
        <translation>مقارنة النسخ المراجَعة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Co&amp;mment…</source>
        <translation>إضافة تعليق…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag a &amp;Quality Issue…</source>
        <translation>تسجيل مشكلة جودة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submit for Review…</source>
        <translation>إرسال للمراجعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request Changes…</source>
        <translation>طلب تعديلات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>اعتماد…</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+4"/>
        <source>Use Memory Match &amp;1</source>
        <translation>استخدام مطابقة الذاكرة 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;2</source>
        <translation>استخدام مطابقة الذاكرة 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;3</source>
        <translation>استخدام مطابقة الذاكرة 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;4</source>
        <translation>استخدام مطابقة الذاكرة 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;5</source>
        <translation>استخدام مطابقة الذاكرة 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;6</source>
        <translation>استخدام مطابقة الذاكرة 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;7</source>
        <translation>استخدام مطابقة الذاكرة 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;8</source>
        <translation>استخدام مطابقة الذاكرة 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;9</source>
        <translation>استخدام مطابقة الذاكرة 9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Glossary &amp;Term…</source>
        <translation>إدراج مصطلح من المسرد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the &amp;Memory…</source>
        <translation>البحث في الذاكرة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Glossary Term…</source>
        <translation>إضافة مصطلح إلى المسرد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-&amp;translate from Memory</source>
        <translation>ترجمة مسبقة من الذاكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next QA &amp;Finding</source>
        <translation>ملاحظة التدقيق التالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous QA Fin&amp;ding</source>
        <translation>ملاحظة التدقيق السابقة</translation>
    </message>
</context>
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../src/transdesk/gui/memory/term_dialog.py" line="+19"/>
        <source>Add Glossary Term</source>
        <translation>إضافة مصطلح إلى المسرد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional: when to use it, a source to check</source>
        <translation>اختياري: متى يُستخدم، ومصدر للتحقق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source term:</source>
        <translation>المصطلح المصدر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation:</source>
        <translation>الترجمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
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
    <name>CmsDestinationsBox</name>
    <message>
        <location filename="../src/transdesk/gui/cms_destinations.py" line="+45"/>
        <source>CMS destinations (WordPress)</source>
        <translation>وجهات النشر (ووردبريس)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application Password</source>
        <translation>كلمة مرور التطبيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keyring here: keep it in a file only I can read</source>
        <translation>لا توجد سلسلة مفاتيح هنا: احفظها في ملف لا يقرؤه غيري</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add site</source>
        <translation>إضافة الموقع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move site</source>
        <translation>إزالة الموقع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site URL:</source>
        <translation>عنوان الموقع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This computer has no keyring for passwords. Tick the box to keep the password in a file only you can read.</source>
        <translation>لا توجد في هذا الحاسوب سلسلة مفاتيح لكلمات المرور. حدّد المربع لحفظ كلمة المرور في ملف لا يقرؤه غيرك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added; the password is kept outside TransDesk&apos;s files.</source>
        <translation>أُضيف؛ كلمة المرور محفوظة خارج ملفات TransDesk.</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../src/transdesk/gui/review/comments_tab.py" line="+72"/>
        <source>&amp;Only this segment</source>
        <translation>هذا المقطع فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add comment…</source>
        <translation>إضافة تعليق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on the segment you are in</source>
        <translation>علّق على المقطع الذي تعمل عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ply…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reso&amp;lve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected thread as settled</source>
        <translation>وضع علامة «محلولة» على سلسلة التعليقات المحددة</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Resolved by %1, %2</source>
        <translation>حلّها %1، %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../src/transdesk/gui/diff_view.py" line="+163"/>
        <source>Compare Revisions</source>
        <translation>مقارنة النسخ المراجَعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inline</source>
        <translation>ضمن النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only changed segments</source>
        <translation>المقاطع المعدَّلة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Change</source>
        <translation>التغيير السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous change (Shift+F8)</source>
        <translation>التغيير السابق (Shift+F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next change (F8)</source>
        <translation>التغيير التالي (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject This Change…</source>
        <translation>رفض هذا التغيير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a new revision that puts the older text of this change back</source>
        <translation>حفظ نسخة مراجَعة جديدة تعيد النص الأقدم لهذا التغيير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>0: before translation</source>
        <translation>0: قبل الترجمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(import)</source>
        <translation>(استيراد)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This article has no revisions yet.</source>
        <translation>لا توجد نسخ مراجَعة لهذه المقالة بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes between these revisions.</source>
        <translation>لا تغييرات بين هاتين النسختين المراجَعتين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, %3</source>
        <comment>diff summary: segments changed, words added, words removed</comment>
        <translation>%1، %2، %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n segment(s) changed</source>
        <translation>
            <numerusform>لم يتغيّر أي مقطع</numerusform>
            <numerusform>تغيّر مقطع واحد</numerusform>
            <numerusform>تغيّر مقطعان</numerusform>
            <numerusform>تغيّرت %n مقاطع</numerusform>
            <numerusform>تغيّر %n مقطعًا</numerusform>
            <numerusform>تغيّر %n مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n word(s) added</source>
        <translation>
            <numerusform>لم تُضف أي كلمة</numerusform>
            <numerusform>أُضيفت كلمة واحدة</numerusform>
            <numerusform>أُضيفت كلمتان</numerusform>
            <numerusform>أُضيفت %n كلمات</numerusform>
            <numerusform>أُضيفت %n كلمةً</numerusform>
            <numerusform>أُضيفت %n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <comment>words removed</comment>
        <translation>
            <numerusform>لم تُحذف أي كلمة</numerusform>
            <numerusform>حُذفت كلمة واحدة</numerusform>
            <numerusform>حُذفت كلمتان</numerusform>
            <numerusform>حُذفت %n كلمات</numerusform>
            <numerusform>حُذفت %n كلمةً</numerusform>
            <numerusform>حُذفت %n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(not translated)</source>
        <translation>(غير مترجم)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Before translation</source>
        <translation>قبل الترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1</source>
        <translation>النسخة المراجَعة %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Change %1 of %2, in segment %3</source>
        <translation>التغيير %1 من %2، في المقطع %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set your name in Preferences to reject a change: revisions are signed.</source>
        <translation>أدخل اسمك في التفضيلات لرفض تغيير: تُوقَّع النسخ المراجَعة باسم صاحبها.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revision %1 saved: the change in segment %2 is taken back.</source>
        <translation>حُفظت النسخة المراجَعة %1: أُلغي التغيير في المقطع %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Reject Change</source>
        <translation>رفض التغيير</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reject this change in segment %1?</source>
        <translation>هل تريد رفض هذا التغيير في المقطع %1؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new revision puts “%1” back in place of “%2”.</source>
        <translation>ستعيد نسخة مراجَعة جديدة «%1» بدلًا من «%2».</translation>
    </message>
</context>
<context>
    <name>EditorWidget</name>
    <message>
        <location filename="../src/transdesk/gui/editor/widget.py" line="+165"/>
        <source>That segment is hidden by the status filter.</source>
        <translation>هذا المقطع مخفي بسبب تصفية الحالة.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Typing</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <location line="+59"/>
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
    <name>EventsTab</name>
    <message>
        <location filename="../src/transdesk/gui/review/workflow_view.py" line="+145"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approved with QA errors: %1</source>
        <translation>اعتُمد رغم أخطاء الفحص: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>person (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../src/transdesk/gui/export_dialog.py" line="+89"/>
        <source>File or folder</source>
        <translation>ملف أو مجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot folder the CMS watches</source>
        <translation>مجلد يراقبه نظام إدارة المحتوى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export although not approved (an editor; recorded)</source>
        <translation>التصدير رغم عدم الاعتماد (للمحرر فقط؛ ويُسجَّل ذلك)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot wait for approval</source>
        <translation>سبب تعذّر انتظار الاعتماد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Export %n article(s)</source>
        <translation>
            <numerusform>تصدير %n مقالة</numerusform>
            <numerusform>تصدير مقالة واحدة</numerusform>
            <numerusform>تصدير مقالتين</numerusform>
            <numerusform>تصدير %n مقالات</numerusform>
            <numerusform>تصدير %n مقالةً</numerusform>
            <numerusform>تصدير %n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to:</source>
        <translation>الإرسال إلى:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Where:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported text</source>
        <translation>النص المُصدَّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>عمليات التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export history</source>
        <translation>سجل التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>النسخة المراجَعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the preview…</source>
        <translation>جارٍ تجهيز المعاينة…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A Word document of %1 bytes.</source>
        <translation>مستند Word بحجم %1 بايت.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready to export</source>
        <translation>جاهزة للتصدير</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Revision %1 of “%2”: %n problem(s), %3 warning(s).</source>
        <translation>
            <numerusform>النسخة المراجَعة %1 من «%2»: لا توجد مشكلات (التحذيرات: %3).</numerusform>
            <numerusform>النسخة المراجَعة %1 من «%2»: مشكلة واحدة (التحذيرات: %3).</numerusform>
            <numerusform>النسخة المراجَعة %1 من «%2»: مشكلتان (التحذيرات: %3).</numerusform>
            <numerusform>النسخة المراجَعة %1 من «%2»: %n مشكلات (التحذيرات: %3).</numerusform>
            <numerusform>النسخة المراجَعة %1 من «%2»: %n مشكلةً (التحذيرات: %3).</numerusform>
            <numerusform>النسخة المراجَعة %1 من «%2»: %n مشكلة (التحذيرات: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder the CMS picks files up from</source>
        <translation>المجلد الذي يأخذ منه نظام إدارة المحتوى الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file, or a folder for several articles</source>
        <translation>ملف، أو مجلد لعدة مقالات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>لم يُصدَّر أي ملف.</numerusform>
            <numerusform>صُدِّر ملف واحد.</numerusform>
            <numerusform>صُدِّر ملفان.</numerusform>
            <numerusform>صُدِّرت %n ملفات.</numerusform>
            <numerusform>صُدِّر %n ملفًا.</numerusform>
            <numerusform>صُدِّر %n ملف.</numerusform>
        </translation>
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
        <location filename="../src/transdesk/gui/history_dock.py" line="+57"/>
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
        <location line="+4"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="+3"/>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>النسخة المراجَعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last written by</source>
        <translation>آخر من كتبه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions</source>
        <translation>النسخ المراجَعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame</source>
        <translation>كُتّاب المقاطع</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Segment %1: not translated in any revision yet.</source>
        <translation>المقطع %1: لم يُترجم في أي نسخة مراجَعة بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment %1: last written by %2 in revision %3, %4.</source>
        <translation>المقطع %1: آخر من كتبه %2 في النسخة المراجَعة %3، %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(import)</source>
        <translation>(استيراد)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, pre-translated from memory</source>
        <translation>%1، ترجمة مسبقة من الذاكرة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(untouched)</source>
        <translation>(لم يُعدَّل)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 (%2)</source>
        <comment>author (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>IssueCategory</name>
    <message>
        <location filename="../src/transdesk/gui/review/names.py" line="+15"/>
        <source>Accuracy</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluency</source>
        <translation>السلاسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminology</source>
        <translation>المصطلحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>الأسلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locale convention</source>
        <translation>الأعراف المحلية</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../src/transdesk/gui/review/dialogs.py" line="+133"/>
        <source>Tag a quality issue</source>
        <translation>تسجيل مشكلة جودة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segment:</source>
        <translation>المقطع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>درجة الخطورة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag issue</source>
        <translation>تسجيل المشكلة</translation>
    </message>
</context>
<context>
    <name>IssueSeverity</name>
    <message>
        <location filename="../src/transdesk/gui/review/names.py" line="+3"/>
        <source>Minor</source>
        <translation>طفيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>كبيرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
</context>
<context>
    <name>Journaler</name>
    <message>
        <location filename="../src/transdesk/gui/autosave.py" line="+231"/>
        <source>A revision is already being saved.</source>
        <translation>يجري حفظ نسخة مراجَعة بالفعل.</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location filename="../src/transdesk/gui/library_dock.py" line="+80"/>
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
        <location filename="../src/transdesk/gui/main_window.py" line="+214"/>
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
        <source>&amp;Review</source>
        <translation>مراجعة</translation>
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
        <location line="+1"/>
        <source>Review</source>
        <translation>المراجعة</translation>
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
        <location line="+37"/>
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
        <location line="+259"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Your latest edits could not be written to the database. Leave this article anyway? The edits would be lost.</source>
        <translation>تعذّرت كتابة تعديلاتك الأخيرة في قاعدة البيانات. هل تريد مغادرة هذه المقالة على أي حال؟ ستضيع التعديلات.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save revision</source>
        <translation>حفظ نسخة مراجَعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed (optional):</source>
        <translation>ما الذي تغيّر (اختياري):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose articles in the library, or open one, to export.</source>
        <translation>للتصدير، اختر مقالات من المكتبة أو افتح إحداها.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose articles in the library, or open one, to publish.</source>
        <translation>اختر مقالات في المكتبة، أو افتح مقالًا، لنشره.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Revision %1 took back a change.</source>
        <translation>ألغت النسخة المراجَعة %1 تغييرًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 took back a change; your unsaved edits are kept and will be merged when you save.</source>
        <translation>ألغت النسخة المراجَعة %1 تغييرًا؛ احتُفظ بتعديلاتك غير المحفوظة وستُدمج عند الحفظ.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing changed since the last revision.</source>
        <translation>لم يتغيّر شيء منذ آخر نسخة مراجَعة.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
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
    <message>
        <location line="+26"/>
        <source>Not merged: your text is kept as a draft; save again to merge it.</source>
        <translation>لم يُدمج نصك: احتُفظ به مسودةً؛ احفظ مجددًا لدمجه.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone saved again while you merged; your text is still kept. Save again to merge.</source>
        <translation>حفظ أحدهم المقالة مجددًا أثناء الدمج؛ ما زال نصك محفوظًا. احفظ مجددًا للدمج.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged: saved revision %1.</source>
        <translation>اكتمل الدمج: حُفظت النسخة المراجَعة %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This article has changes that are not in a revision yet. Save a revision first (File ▸ Save Revision): review and export cover saved revisions only.</source>
        <translation>في هذه المقالة تغييرات لم تُحفظ في نسخة مراجَعة بعد. احفظ نسخة مراجَعة أولًا (ملف ◂ حفظ نسخة مراجَعة): لا تشمل المراجعة والتصدير إلا النسخ المحفوظة.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
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
        <location line="+23"/>
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
        <location line="+39"/>
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
        <location line="+22"/>
        <source>Saved on closing</source>
        <translation>حُفظت عند الإغلاق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision not saved</source>
        <translation>لم تُحفظ النسخة المراجَعة</translation>
    </message>
</context>
<context>
    <name>MemoryFeature</name>
    <message>
        <location filename="../src/transdesk/gui/memory/feature.py" line="+76"/>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory &amp;Match</source>
        <translation>استخدام مطابقة من الذاكرة</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No memory match %1 for this segment.</source>
        <translation>لا توجد مطابقة رقم %1 لهذا المقطع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use memory match</source>
        <translation>استخدام مطابقة من الذاكرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No glossary term in this segment&apos;s source.</source>
        <translation>لا يوجد مصطلح من المسرد في نص هذا المقطع المصدر.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+25"/>
        <source>Open an article first.</source>
        <translation>افتح مقالًا أولًا.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Added “%1” to the glossary.</source>
        <translation>أُضيف «%1» إلى المسرد.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pre-translating from the memory…</source>
        <translation>جارٍ الترجمة المسبقة من الذاكرة…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-translation saves a revision. Save your changes as a revision first (File ▸ Save Revision), then pre-translate.</source>
        <translation>الترجمة المسبقة تحفظ مراجعة. احفظ تغييراتك في مراجعة أولًا (ملف ◂ حفظ مراجعة)، ثم نفّذ الترجمة المسبقة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No exact matches in the memory for the untranslated segments.</source>
        <translation>لا توجد مطابقات تامة في الذاكرة للمقاطع غير المترجمة.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pre-translated %n segment(s) from the memory (revision %1).</source>
        <translation>
            <numerusform>لم يُترجم أي مقطع مسبقًا من الذاكرة (المراجعة %1).</numerusform>
            <numerusform>تُرجم مقطع واحد مسبقًا من الذاكرة (المراجعة %1).</numerusform>
            <numerusform>تُرجم مقطعان مسبقًا من الذاكرة (المراجعة %1).</numerusform>
            <numerusform>تُرجمت %n مقاطع مسبقًا من الذاكرة (المراجعة %1).</numerusform>
            <numerusform>تُرجم %n مقطعًا مسبقًا من الذاكرة (المراجعة %1).</numerusform>
            <numerusform>تُرجم %n مقطع مسبقًا من الذاكرة (المراجعة %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <location filename="../src/transdesk/gui/memory/panel.py" line="+108"/>
        <source>Matches</source>
        <translation>المطابقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concordance</source>
        <translation>البحث في السياق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the memory for a word or phrase</source>
        <translation>ابحث في الذاكرة عن كلمة أو عبارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in translations</source>
        <translation>البحث في الترجمات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Ctrl+number to use a translation. In the stored sentence, struck-through words are not in this segment; underlined words are only in this segment.</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Ctrl+رقم لاستخدام ترجمة. في الجملة المخزنة، الكلمات المشطوبة ليست في هذا المقطع، والكلمات المسطّرة موجودة في هذا المقطع وحده.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Looking up the memory…</source>
        <translation>جارٍ البحث في الذاكرة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches in the memory for this segment.</source>
        <translation>لا توجد مطابقات في الذاكرة لهذا المقطع.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 match — %3</source>
        <comment>number. percentage match — its shortcut</comment>
        <translation>%1. مطابقة بنسبة %2 — %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+%1 or double-click: use this translation</source>
        <translation>Ctrl+%1 أو نقر مزدوج: استخدام هذه الترجمة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file %1</source>
        <translation>من الملف %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from “%1”</source>
        <comment>an article&apos;s headline</comment>
        <translation>من «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unknown translator)</source>
        <translation>(مترجم غير معروف)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing in the memory contains “%1”.</source>
        <translation>لا شيء في الذاكرة يحتوي على «%1».</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../src/transdesk/gui/merge_dialog.py" line="+46"/>
        <source>Merge your changes</source>
        <translation>دمج تغييراتك</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revision %1 was saved while you were translating. Your text is kept; choose what to keep where you both changed the same words.</source>
        <translation>حُفظت النسخة المراجَعة %1 أثناء ترجمتك. نصك محفوظ؛ اختر ما تحتفظ به حيث غيّر كلاكما الكلمات نفسها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a text below, or write it here.</source>
        <translation>اختر نصًا أدناه، أو اكتبه هنا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use mine</source>
        <translation>استخدام نصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use theirs</source>
        <translation>استخدام النص الآخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use both</source>
        <translation>استخدام كليهما</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Yours (not saved yet)</source>
        <translation>نصك (لم يُحفظ بعد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result (saved when you press OK)</source>
        <translation>النتيجة (تُحفظ عند الضغط على «موافق»)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>needs a choice</source>
        <translation>بحاجة إلى اختيار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen</source>
        <translation>تم الاختيار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Theirs</source>
        <translation>النص الآخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs: %1, revision %2</source>
        <translation>النص الآخر: %1، النسخة المراجَعة %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message numerus="yes">
        <location filename="../src/transdesk/gui/review/dialogs.py" line="-81"/>
        <source>%n comment thread(s) still open. They stay open after this step:</source>
        <translation>
            <numerusform>لا توجد سلاسل تعليقات مفتوحة.</numerusform>
            <numerusform>ما زالت سلسلة تعليقات واحدة مفتوحة، وستبقى مفتوحة بعد هذه الخطوة:</numerusform>
            <numerusform>ما زالت سلسلتا تعليقات مفتوحتين، وستبقيان مفتوحتين بعد هذه الخطوة:</numerusform>
            <numerusform>ما زالت %n سلاسل تعليقات مفتوحة، وستبقى مفتوحة بعد هذه الخطوة:</numerusform>
            <numerusform>ما زالت %n سلسلةً من التعليقات مفتوحة، وستبقى مفتوحة بعد هذه الخطوة:</numerusform>
            <numerusform>ما زالت %n سلسلة تعليقات مفتوحة، وستبقى مفتوحة بعد هذه الخطوة:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No open comment threads.</source>
        <translation>لا توجد سلاسل تعليقات مفتوحة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note for the history (optional):</source>
        <translation>ملاحظة للسجل (اختياري):</translation>
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
        <location filename="../src/transdesk/gui/preferences.py" line="+34"/>
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
        <location line="+4"/>
        <source> points per 1,000 words</source>
        <translation> نقطة لكل 1000 كلمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article passes review while its quality issues weigh at most this many penalty points per 1,000 source words (minor 1, major 5, critical 10).</source>
        <translation>تجتاز المقالة المراجعة ما دامت نقاط الخصم لمشكلات الجودة فيها لا تتجاوز هذا العدد لكل 1000 كلمة من المصدر (طفيفة 1، كبيرة 5، حرجة 10).</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>&amp;Quality threshold:</source>
        <translation>حد الجودة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>PublishDialog</name>
    <message>
        <location filename="../src/transdesk/gui/publish_dialog.py" line="+71"/>
        <source>Unchanged (new posts: draft)</source>
        <translation>دون تغيير (المنشورات الجديدة: مسودة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Names, separated by commas</source>
        <translation>أسماء تفصل بينها فواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace posts edited on the site</source>
        <translation>استبدال المنشورات المعدّلة على الموقع</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Site:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories:</source>
        <translation>التصنيفات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Publish %n article(s)</source>
        <translation>
            <numerusform>نشر مقال</numerusform>
            <numerusform>نشر مقال واحد</numerusform>
            <numerusform>نشر مقالين</numerusform>
            <numerusform>نشر %n مقالات</numerusform>
            <numerusform>نشر %n مقالًا</numerusform>
            <numerusform>نشر %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No WordPress site yet: add one in Preferences ▸ CMS destinations.</source>
        <translation>لا يوجد موقع ووردبريس بعد: أضف موقعًا في التفضيلات ◂ وجهات النشر.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Already on the sites:</source>
        <translation>منشور بالفعل على المواقع:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>current</source>
        <translation>محدّث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>behind: revision %1 is newer</source>
        <translation>متأخر: المراجعة %1 أحدث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited on the site</source>
        <translation>عُدّل على الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the site</source>
        <translation>لم يعد على الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked: %1</source>
        <translation>تعذّر التحقق: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: post %2, revision %3</source>
        <translation>%1: المنشور %2، المراجعة %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Post changed on the site</source>
        <translation>تغيّر المنشور على الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the site&apos;s version with this translation?</source>
        <translation>هل تستبدل نسخة الموقع بهذه الترجمة؟</translation>
    </message>
</context>
<context>
    <name>QaFeature</name>
    <message>
        <location filename="../src/transdesk/gui/qa_dock.py" line="+161"/>
        <location line="+1"/>
        <source>QA Checks</source>
        <translation>تدقيق الجودة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No QA findings.</source>
        <translation>لا توجد ملاحظات تدقيق.</translation>
    </message>
</context>
<context>
    <name>QaMessages</name>
    <message>
        <location filename="../src/transdesk/gui/qa_messages.py" line="+12"/>
        <source>the segment is not translated</source>
        <translation>المقطع غير مترجم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the translation is the source, unchanged</source>
        <translation>الترجمة هي النص المصدر دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the translation is %1% of the expected length</source>
        <translation>طول الترجمة %1٪ من الطول المتوقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sentence in the translation, %2 in the source</source>
        <translation>عدد الجمل في الترجمة %1، وفي المصدر %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sentences in the translation, %2 in the source</source>
        <translation>عدد الجمل في الترجمة %1، وفي المصدر %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbalanced %1: %2 opening, %3 closing</source>
        <translation>علامات %1 غير متوازنة: %2 للفتح و%3 للإغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quoted passage in the translation, %2 in the source (%3 missing)</source>
        <translation>عدد الاقتباسات في الترجمة %1، وفي المصدر %2 (ينقص %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 quoted passages in the translation, %2 in the source (%3 missing)</source>
        <translation>عدد الاقتباسات في الترجمة %1، وفي المصدر %2 (ينقص %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the translation</source>
        <translation>%1 غير موجود في الترجمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the source</source>
        <translation>%1 غير موجود في المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the URL %1 is not in the translation unchanged</source>
        <translation>الرابط %1 غير موجود في الترجمة كما هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address %1 is not in the translation unchanged</source>
        <translation>البريد الإلكتروني %1 غير موجود في الترجمة كما هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the handle %1 is not in the translation unchanged</source>
        <translation>الحساب %1 غير موجود في الترجمة كما هو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubled space</source>
        <translation>مسافة مكررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space before the text</source>
        <translation>مسافة قبل النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space after the text</source>
        <translation>مسافة بعد النص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 digits mixed</source>
        <translation>خلط بين الأرقام %1 و%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 and %3 digits mixed</source>
        <translation>خلط بين الأرقام %1 و%2 و%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in the source; the glossary says %2</source>
        <translation>«%1» في المصدر؛ والمسرد يقول %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is ruled out by the glossary; write %2</source>
        <translation>المسرد يستبعد %1؛ اكتب %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western</source>
        <translation>الغربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic</source>
        <translation>العربية الهندية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
</context>
<context>
    <name>QaOverrideDialog</name>
    <message>
        <location filename="../src/transdesk/gui/review/qa_override.py" line="+35"/>
        <source>QA errors remain</source>
        <translation>ما زالت هناك أخطاء في الفحص</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n QA error(s) remain in this translation:</source>
        <translation>
            <numerusform>لا أخطاء فحص في هذه الترجمة:</numerusform>
            <numerusform>خطأ فحص واحد في هذه الترجمة:</numerusform>
            <numerusform>خطآن في الفحص في هذه الترجمة:</numerusform>
            <numerusform>%n أخطاء فحص في هذه الترجمة:</numerusform>
            <numerusform>%n خطأ فحص في هذه الترجمة:</numerusform>
            <numerusform>%n خطأ فحص في هذه الترجمة:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Why does it go ahead anyway? (recorded)</source>
        <translation>&amp;لماذا المضي قدماً رغم ذلك؟ (يُسجَّل)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approve Anyway</source>
        <translation>اعتماد رغم ذلك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Anyway</source>
        <translation>تصدير رغم ذلك</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location filename="../src/transdesk/gui/qa_dock.py" line="-108"/>
        <source>Errors only</source>
        <translation>الأخطاء فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✗ Error</source>
        <translation>✗ خطأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ Warning</source>
        <translation>⚠ تحذير</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No QA problem found.</source>
        <translation>لم يُعثر على أي مشكلة في التدقيق.</translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message>
        <location filename="../src/transdesk/gui/review/quality_tab.py" line="+74"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag issue…</source>
        <translation>تسجيل مشكلة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>found in revision %1</source>
        <translation>رُصدت في النسخة المراجَعة %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ %1 points per 1,000 words — passes (threshold %2)</source>
        <translation>✓ %1 نقطة لكل 1000 كلمة — مقبولة (الحد %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ %1 points per 1,000 words — fails (threshold %2)</source>
        <translation>✗ %1 نقطة لكل 1000 كلمة — غير مقبولة (الحد %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 penalty points in %2 source words (minor 1, major 5, critical 10)</source>
        <translation>%1 نقطة خصم في %2 كلمة من المصدر (طفيفة 1، كبيرة 5، حرجة 10)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only an editor can tag quality issues</source>
        <translation>لا يسجّل مشكلات الجودة إلا المحرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag an issue on the segment you are in</source>
        <translation>سجّل مشكلة في المقطع الذي تعمل عليه</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <location filename="../src/transdesk/gui/review/panel.py" line="+107"/>
        <source>Comments (%n open)</source>
        <translation>
            <numerusform>التعليقات</numerusform>
            <numerusform>التعليقات (سلسلة مفتوحة)</numerusform>
            <numerusform>التعليقات (سلسلتان مفتوحتان)</numerusform>
            <numerusform>التعليقات (%n سلاسل مفتوحة)</numerusform>
            <numerusform>التعليقات (%n سلسلةً مفتوحة)</numerusform>
            <numerusform>التعليقات (%n سلسلة مفتوحة)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow</source>
        <translation>سير العمل</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add comment</source>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on segment #%1:</source>
        <translation>تعليق على المقطع #%1:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the comment thread to reply to.</source>
        <translation>اختر سلسلة التعليقات التي تريد الرد عليها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to %1</source>
        <translation>الرد على %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the comment thread to resolve.</source>
        <translation>اختر سلسلة التعليقات التي تريد حلّها.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose the quality issue to remove.</source>
        <translation>اختر مشكلة الجودة التي تريد إزالتها.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Set your name in Preferences first: review work is signed.</source>
        <translation>أدخل اسمك في التفضيلات أولًا: يُوقَّع عمل المراجعة باسم صاحبه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a segment in the editor first.</source>
        <translation>اختر مقطعًا في منطقة التحرير أولًا.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../src/transdesk/gui/review/names.py" line="+4"/>
        <source>Submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>اعتماد</translation>
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
    <name>Signing</name>
    <message>
        <location filename="../src/transdesk/gui/signing.py" line="+34"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions are signed. Your name:</source>
        <translation>تُوقَّع النسخ المراجَعة باسم صاحبها. اسمك:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not on the newsroom&apos;s people list yet. Add %1 as: %2?</source>
        <translation>%1 غير مدرج بعد في قائمة العاملين في غرفة الأخبار. هل تريد إضافة %1 بصفة: %2؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on the people list</source>
        <translation>غير مدرج في قائمة العاملين</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1 to the people list (%2).</source>
        <translation>أُضيف %1 إلى قائمة العاملين (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on the people list as: %2, and cannot sign as: %3. Choose your listed role in Preferences, or ask an administrator.</source>
        <translation>%1 مدرج في قائمة العاملين بصفة: %2، ولا يمكنه التوقيع بصفة: %3. اختر صفتك المدرجة في التفضيلات، أو اطلب ذلك من أحد المسؤولين.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role not allowed</source>
        <translation>صفة غير مسموح بها</translation>
    </message>
</context>
<context>
    <name>SourceChangePanel</name>
    <message>
        <location filename="../src/transdesk/gui/editor/source_change.py" line="+37"/>
        <source>The source of segment %1 was corrected (struck: removed, underlined: added). Update the translation, then confirm it.</source>
        <translation>صُحّح مصدر المقطع %1 (المشطوب: محذوف، والمسطَّر: مضاف). حدّث الترجمة ثم أكّدها.</translation>
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
<context>
    <name>WorkflowHeader</name>
    <message>
        <location filename="../src/transdesk/gui/review/workflow_view.py" line="-82"/>
        <source>No article open</source>
        <translation>لا توجد مقالة مفتوحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>الحالة: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not submitted yet.</source>
        <translation>لم تُرسل للمراجعة بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2 (%3), %4</source>
        <translation>%1 بواسطة %2 (%3)، %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set your name in Preferences first</source>
        <translation>أدخل اسمك في التفضيلات أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an editor can request changes</source>
        <translation>لا يطلب التعديلات إلا المحرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an editor can approve</source>
        <translation>لا يعتمد المقالات إلا المحرر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a draft or an article sent back can be submitted</source>
        <translation>لا يُرسل للمراجعة إلا مسودة أو مقالة أُعيدت للتعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an article in review can be sent back</source>
        <translation>لا تُعاد للتعديل إلا مقالة قيد المراجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an article in review can be approved</source>
        <translation>لا تُعتمد إلا مقالة قيد المراجعة</translation>
    </message>
</context>
</TS>
