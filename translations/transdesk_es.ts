<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../src/transdesk/gui/actions.py" line="+59"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Revision…</source>
        <translation>&amp;Guardar revisión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Article</source>
        <translation>&amp;Cerrar artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eemplazar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm and Go to Next Untranslated</source>
        <translation>&amp;Confirmar e ir al siguiente sin traducir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt Segment</source>
        <translation>Segmento si&amp;guiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Segment</source>
        <translation>Segmento &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Source to Translation</source>
        <translation>Copiar el &amp;origen a la traducción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next &amp;Untranslated</source>
        <translation>Siguiente sin &amp;traducir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Needing &amp;Review</source>
        <translation>Siguiente por &amp;revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About TransDesk</source>
        <translation>Acerca &amp;de TransDesk</translation>
    </message>
</context>
<context>
    <name>AttributionPanel</name>
    <message>
        <location filename="../src/transdesk/gui/attribution_dock.py" line="+88"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original &amp;URL:</source>
        <translation>&amp;URL original:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authors:</source>
        <translation>&amp;Autores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original &amp;title:</source>
        <translation>&amp;Título original:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rights:</source>
        <translation>&amp;Derechos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Via:</source>
        <translation>&amp;Vía:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tra&amp;nslators:</source>
        <translation>Traduct&amp;ores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editor:</source>
        <translation>&amp;Editor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Separate names with ;</source>
        <translation>Separe los nombres con ;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlets the report came through, one per line: name, then URL</source>
        <translation>Medios a través de los que llegó la noticia, uno por línea: el nombre y luego la URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 2026-11-25 14:30+03:00</source>
        <translation>p.&#xa0;ej., 2026-11-25 14:30+03:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply attribution</source>
        <translation>Aplicar atribución</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Attribution not saved: correct the marked fields.</source>
        <translation>Atribución no guardada: corrija los campos marcados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attribution not saved: %1</source>
        <translation>Atribución no guardada: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attribution saved.</source>
        <translation>Atribución guardada.</translation>
    </message>
</context>
<context>
    <name>EditorWidget</name>
    <message>
        <location filename="../src/transdesk/gui/editor/widget.py" line="+146"/>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing to confirm: the translation is empty.</source>
        <translation>Nada que confirmar: la traducción está vacía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All segments are translated.</source>
        <translation>Todos los segmentos están traducidos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No segment is left to translate.</source>
        <translation>No queda ningún segmento por traducir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No segment is waiting for review.</source>
        <translation>Ningún segmento está pendiente de revisión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy source</source>
        <translation>Copia del origen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/transdesk/gui/background.py" line="+22"/>
        <source>Internal error (%1); details in %2</source>
        <translation>Error interno (%1); detalles en %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/transdesk/gui/editor/find_bar.py" line="+89"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place with:</source>
        <translation>Reem&amp;plazar por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>Coincidir &amp;mayúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Palabras &amp;completas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source and translation</source>
        <translation>Origen y traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source only</source>
        <translation>Solo origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation only</source>
        <translation>Solo traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../src/transdesk/gui/editor/find_controller.py" line="+66"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search wrapped around</source>
        <translation>La búsqueda volvió al principio</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+20"/>
        <source>Replace</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n coincidencia reemplazada</numerusform>
            <numerusform>%n coincidencias reemplazadas</numerusform>
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
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(import)</source>
        <translation>(importación)</translation>
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
        <translation>Ya se está guardando una revisión.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The revision was not saved: {0}</source>
        <translation>No se guardó la revisión: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your latest typing is not saved to the database yet ({0}); TransDesk keeps it and will try again.</source>
        <translation>Lo último que ha escrito aún no se ha guardado en la base de datos ({0}); TransDesk lo conserva y volverá a intentarlo.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../src/transdesk/gui/library_model.py" line="+56"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../src/transdesk/gui/library_dock.py" line="+79"/>
        <source>Search headlines and outlets</source>
        <translation>Buscar en titulares y medios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source or target language code, e.g. ar</source>
        <translation>Código del idioma de origen o de destino, p.&#xa0;ej., ar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/transdesk/gui/main_window.py" line="+180"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an article from the library, or import a report: File ▸ Import, or drop files on this window.</source>
        <translation>Abra un artículo de la biblioteca o importe una noticia: Archivo ▸ Importar, o arrastre archivos a esta ventana.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to translate</source>
        <translation>Pendientes de traducir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only segments with this status</source>
        <translation>Mostrar solo los segmentos con este estado</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Preferences could not be saved: %1</source>
        <translation>No se pudieron guardar las preferencias: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Restored %n unsaved segment(s) from your last session (kept at %1). Save a revision to keep them.</source>
        <translation>
            <numerusform>Se ha restaurado %n segmento sin guardar de su última sesión (conservado a las %1). Guarde una revisión para conservarlo.</numerusform>
            <numerusform>Se han restaurado %n segmentos sin guardar de su última sesión (conservados a las %1). Guarde una revisión para conservarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your latest edits could not be written to the database. Leave this article anyway? The edits would be lost.</source>
        <translation>Sus últimos cambios no se pudieron escribir en la base de datos. ¿Salir de este artículo de todos modos? Los cambios se perderían.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revisions are signed. Your name:</source>
        <translation>Las revisiones se firman. Su nombre:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save revision</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed (optional):</source>
        <translation>Qué ha cambiado (opcional):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing changed since the last revision.</source>
        <translation>Nada ha cambiado desde la última revisión.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved revision %1 (%n segment(s) changed).</source>
        <translation>
            <numerusform>Revisión %1 guardada (%n segmento modificado).</numerusform>
            <numerusform>Revisión %1 guardada (%n segmentos modificados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Draft kept (%n segment(s)).</source>
        <translation>
            <numerusform>Borrador guardado (%n segmento).</numerusform>
            <numerusform>Borrador guardado (%n segmentos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import source reports</source>
        <translation>Importar noticias de origen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports (*.txt *.md *.markdown *.html *.htm *.docx *.xlf *.xliff *.sdlxliff);;All files (*)</source>
        <translation>Noticias (*.txt *.md *.markdown *.html *.htm *.docx *.xlf *.xliff *.sdlxliff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into (language codes, separated by commas):</source>
        <translation>Traducir a (códigos de idioma, separados por comas):</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome to TransDesk</source>
        <translation>Bienvenido a TransDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library is empty. Open a sample report to try TransDesk?</source>
        <translation>Su biblioteca está vacía. ¿Abrir una noticia de ejemplo para probar TransDesk?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample in %1</source>
        <translation>Ejemplo en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, thanks</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The new database location is used from the next start.</source>
        <translation>La nueva ubicación de la base de datos se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About TransDesk</source>
        <translation>Acerca de TransDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TransDesk %1: a translation workbench for newsrooms.</source>
        <translation>TransDesk %1: un entorno de traducción para redacciones.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n artículo en la biblioteca</numerusform>
            <numerusform>%n artículos en la biblioteca</numerusform>
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
        <translation>Traducción sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This article has changes that are not in a revision yet.</source>
        <translation>Este artículo tiene cambios que aún no están en ninguna revisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are kept as a draft and come back when you reopen the article.</source>
        <translation>Se conservan como borrador y volverán a aparecer cuando vuelva a abrir el artículo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Revision</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Draft and Close</source>
        <translation>Conservar borrador y cerrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unnamed translator</source>
        <translation>Traductor sin nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on closing</source>
        <translation>Guardada al cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision not saved</source>
        <translation>Revisión no guardada</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/transdesk/gui/notices.py" line="+39"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/transdesk/gui/preferences.py" line="+29"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default: the file in your user data folder</source>
        <translation>Predeterminado: el archivo de su carpeta de datos de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>Su &amp;rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source font:</source>
        <translation>Fuente del &amp;origen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translation font:</source>
        <translation>Fuente de la &amp;traducción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font si&amp;ze:</source>
        <translation>Ta&amp;maño de fuente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave after:</source>
        <translation>Guardado &amp;automático tras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new database location is used from the next start.</source>
        <translation>Una nueva ubicación de la base de datos se usa a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/transdesk/gui/progress_text.py" line="+12"/>
        <source>%1 / %2 words translated (%3)</source>
        <translation>%1 / %2 palabras traducidas (%3)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../src/transdesk/gui/roles.py" line="+9"/>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>SegmentKind</name>
    <message>
        <location filename="../src/transdesk/gui/editor/model.py" line="+51"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Ladillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Cita</translation>
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
        <translation>Origen ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation ({language})</source>
        <translation>Traducción ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source text in %1</source>
        <translation>Texto de origen en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation into %1</source>
        <translation>Traducción al %1</translation>
    </message>
</context>
<context>
    <name>SegmentStatus</name>
    <message>
        <location filename="../src/transdesk/gui/editor/statuses.py" line="+14"/>
        <source>Untranslated</source>
        <translation>Sin traducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated</source>
        <translation>Traducido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs update</source>
        <translation>Requiere actualización</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../src/transdesk/gui/shortcuts_dialog.py" line="+22"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../src/transdesk/gui/library_model.py" line="+21"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
</context>
</TS>
