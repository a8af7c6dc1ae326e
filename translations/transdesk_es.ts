<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../src/transdesk/gui/actions.py" line="+84"/>
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
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
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
        <location line="+4"/>
        <source>&amp;Compare Revisions…</source>
        <translation>&amp;Comparar revisiones…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Co&amp;mment…</source>
        <translation>Añadir co&amp;mentario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag a &amp;Quality Issue…</source>
        <translation>Señalar un problema de ca&amp;lidad…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submit for Review…</source>
        <translation>&amp;Enviar a revisión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request Changes…</source>
        <translation>&amp;Solicitar cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+4"/>
        <source>Use Memory Match &amp;1</source>
        <translation>Usar la coincidencia &amp;1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;2</source>
        <translation>Usar la coincidencia &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;3</source>
        <translation>Usar la coincidencia &amp;3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;4</source>
        <translation>Usar la coincidencia &amp;4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;5</source>
        <translation>Usar la coincidencia &amp;5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;6</source>
        <translation>Usar la coincidencia &amp;6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;7</source>
        <translation>Usar la coincidencia &amp;7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;8</source>
        <translation>Usar la coincidencia &amp;8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;9</source>
        <translation>Usar la coincidencia &amp;9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Glossary &amp;Term…</source>
        <translation>Insertar término del g&amp;losario…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the &amp;Memory…</source>
        <translation>Buscar en la &amp;memoria…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Glossary Term…</source>
        <translation>Añadir término al &amp;glosario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-&amp;translate from Memory</source>
        <translation>&amp;Pretraducir desde la memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next QA &amp;Finding</source>
        <translation>&amp;Problema de QA siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous QA Fin&amp;ding</source>
        <translation>Problema de QA a&amp;nterior</translation>
    </message>
</context>
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../src/transdesk/gui/memory/term_dialog.py" line="+19"/>
        <source>Add Glossary Term</source>
        <translation>Añadir término al glosario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional: when to use it, a source to check</source>
        <translation>Opcional: cuándo usarlo, una fuente que consultar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source term:</source>
        <translation>Término de origen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation:</source>
        <translation>Traducción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Nota:</translation>
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
    <name>CmsDestinationsBox</name>
    <message>
        <location filename="../src/transdesk/gui/cms_destinations.py" line="+45"/>
        <source>CMS destinations (WordPress)</source>
        <translation>Destinos CMS (WordPress)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application Password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keyring here: keep it in a file only I can read</source>
        <translation>No hay llavero aquí: guardarla en un archivo que solo yo pueda leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add site</source>
        <translation>&amp;Añadir sitio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move site</source>
        <translation>&amp;Quitar sitio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site URL:</source>
        <translation>URL del sitio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This computer has no keyring for passwords. Tick the box to keep the password in a file only you can read.</source>
        <translation>Este equipo no tiene llavero para contraseñas. Marque la casilla para guardar la contraseña en un archivo que solo usted pueda leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added; the password is kept outside TransDesk&apos;s files.</source>
        <translation>Añadido; la contraseña se guarda fuera de los archivos de TransDesk.</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../src/transdesk/gui/review/comments_tab.py" line="+72"/>
        <source>&amp;Only this segment</source>
        <translation>Solo este &amp;segmento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add comment…</source>
        <translation>&amp;Añadir comentario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on the segment you are in</source>
        <translation>Comentar el segmento en el que está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ply…</source>
        <translation>Res&amp;ponder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reso&amp;lve</source>
        <translation>Reso&amp;lver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected thread as settled</source>
        <translation>Marcar el hilo seleccionado como resuelto</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Resolved by %1, %2</source>
        <translation>Resuelto por %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../src/transdesk/gui/diff_view.py" line="+163"/>
        <source>Compare Revisions</source>
        <translation>Comparar revisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inline</source>
        <translation>&amp;Integrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side by side</source>
        <translation>En &amp;paralelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only changed segments</source>
        <translation>Solo segmentos &amp;modificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Change</source>
        <translation>Cambio &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Change</source>
        <translation>Cambio &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous change (Shift+F8)</source>
        <translation>Cambio anterior (Shift+F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next change (F8)</source>
        <translation>Cambio siguiente (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject This Change…</source>
        <translation>&amp;Rechazar este cambio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a new revision that puts the older text of this change back</source>
        <translation>Guardar una nueva revisión que restablece el texto anterior de este cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>0: before translation</source>
        <translation>0: antes de la traducción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(import)</source>
        <translation>(importación)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This article has no revisions yet.</source>
        <translation>Este artículo aún no tiene revisiones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes between these revisions.</source>
        <translation>No hay cambios entre estas revisiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, %3</source>
        <comment>diff summary: segments changed, words added, words removed</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n segment(s) changed</source>
        <translation>
            <numerusform>%n segmento modificado</numerusform>
            <numerusform>%n segmentos modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n palabra añadida</numerusform>
            <numerusform>%n palabras añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <comment>words removed</comment>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(not translated)</source>
        <translation>(sin traducir)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Before translation</source>
        <translation>Antes de la traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Change %1 of %2, in segment %3</source>
        <translation>Cambio %1 de %2, en el segmento %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set your name in Preferences to reject a change: revisions are signed.</source>
        <translation>Indique su nombre en Preferencias para rechazar un cambio: las revisiones se firman.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revision %1 saved: the change in segment %2 is taken back.</source>
        <translation>Revisión %1 guardada: se ha deshecho el cambio del segmento %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Reject Change</source>
        <translation>Rechazar cambio</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reject this change in segment %1?</source>
        <translation>¿Rechazar este cambio del segmento %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new revision puts “%1” back in place of “%2”.</source>
        <translation>Una nueva revisión vuelve a poner «%1» en lugar de «%2».</translation>
    </message>
</context>
<context>
    <name>EditorWidget</name>
    <message>
        <location filename="../src/transdesk/gui/editor/widget.py" line="+165"/>
        <source>That segment is hidden by the status filter.</source>
        <translation>Ese segmento está oculto por el filtro de estado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <location line="+59"/>
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
    <name>EventsTab</name>
    <message>
        <location filename="../src/transdesk/gui/review/workflow_view.py" line="+145"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approved with QA errors: %1</source>
        <translation>Aprobado con errores de control: %1</translation>
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
        <translation>Archivo o carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot folder the CMS watches</source>
        <translation>Carpeta vigilada por el CMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export although not approved (an editor; recorded)</source>
        <translation>Exportar aunque no esté aprobado (solo un editor; queda registrado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot wait for approval</source>
        <translation>Por qué no puede esperar a la aprobación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Export %n article(s)</source>
        <translation>
            <numerusform>Exportar %n artículo</numerusform>
            <numerusform>Exportar %n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Where:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported text</source>
        <translation>Texto exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export history</source>
        <translation>Historial de exportaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A Word document of %1 bytes.</source>
        <translation>Un documento de Word de %1 bytes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready to export</source>
        <translation>Listo para exportar</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Revision %1 of “%2”: %n problem(s), %3 warning(s).</source>
        <translation>
            <numerusform>Revisión %1 de «%2»: %n problema (advertencias: %3).</numerusform>
            <numerusform>Revisión %1 de «%2»: %n problemas (advertencias: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder the CMS picks files up from</source>
        <translation>La carpeta de la que el CMS recoge los archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file, or a folder for several articles</source>
        <translation>Un archivo, o una carpeta para varios artículos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n archivo exportado.</numerusform>
            <numerusform>%n archivos exportados.</numerusform>
        </translation>
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
        <location filename="../src/transdesk/gui/history_dock.py" line="+57"/>
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
        <location line="+4"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="+3"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last written by</source>
        <translation>Último autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Segment %1: not translated in any revision yet.</source>
        <translation>Segmento %1: aún sin traducir en ninguna revisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment %1: last written by %2 in revision %3, %4.</source>
        <translation>Segmento %1: escrito por última vez por %2 en la revisión %3, %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(import)</source>
        <translation>(importación)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, pre-translated from memory</source>
        <translation>%1, pretraducido desde la memoria</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(untouched)</source>
        <translation>(sin modificar)</translation>
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
        <translation>Exactitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluency</source>
        <translation>Fluidez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminology</source>
        <translation>Terminología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locale convention</source>
        <translation>Convenciones locales</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../src/transdesk/gui/review/dialogs.py" line="+133"/>
        <source>Tag a quality issue</source>
        <translation>Señalar un problema de calidad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segment:</source>
        <translation>Segmento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag issue</source>
        <translation>Señalar problema</translation>
    </message>
</context>
<context>
    <name>IssueSeverity</name>
    <message>
        <location filename="../src/transdesk/gui/review/names.py" line="+3"/>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
</context>
<context>
    <name>Journaler</name>
    <message>
        <location filename="../src/transdesk/gui/autosave.py" line="+231"/>
        <source>A revision is already being saved.</source>
        <translation>Ya se está guardando una revisión.</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location filename="../src/transdesk/gui/library_dock.py" line="+80"/>
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
        <location filename="../src/transdesk/gui/main_window.py" line="+214"/>
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
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
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
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisión</translation>
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
        <location line="+37"/>
        <source>Restored %n unsaved segment(s) from your last session (kept at %1). Save a revision to keep them.</source>
        <translation>
            <numerusform>Se ha restaurado %n segmento sin guardar de su última sesión (conservado a las %1). Guarde una revisión para conservarlo.</numerusform>
            <numerusform>Se han restaurado %n segmentos sin guardar de su última sesión (conservados a las %1). Guarde una revisión para conservarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+259"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Your latest edits could not be written to the database. Leave this article anyway? The edits would be lost.</source>
        <translation>Sus últimos cambios no se pudieron escribir en la base de datos. ¿Salir de este artículo de todos modos? Los cambios se perderían.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save revision</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed (optional):</source>
        <translation>Qué ha cambiado (opcional):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose articles in the library, or open one, to export.</source>
        <translation>Para exportar, elija artículos en la biblioteca o abra uno.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose articles in the library, or open one, to publish.</source>
        <translation>Elija artículos en la biblioteca, o abra uno, para publicar.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Revision %1 took back a change.</source>
        <translation>La revisión %1 deshizo un cambio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 took back a change; your unsaved edits are kept and will be merged when you save.</source>
        <translation>La revisión %1 deshizo un cambio; sus cambios sin guardar se conservan y se fusionarán al guardar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing changed since the last revision.</source>
        <translation>Nada ha cambiado desde la última revisión.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved revision %1 (%n segment(s) changed).</source>
        <translation>
            <numerusform>Revisión %1 guardada (%n segmento modificado).</numerusform>
            <numerusform>Revisión %1 guardada (%n segmentos modificados).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not merged: your text is kept as a draft; save again to merge it.</source>
        <translation>Sin fusionar: su texto se conserva como borrador; guarde de nuevo para fusionarlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone saved again while you merged; your text is still kept. Save again to merge.</source>
        <translation>Alguien volvió a guardar mientras fusionaba; su texto sigue conservado. Guarde de nuevo para fusionar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged: saved revision %1.</source>
        <translation>Fusionado: revisión %1 guardada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This article has changes that are not in a revision yet. Save a revision first (File ▸ Save Revision): review and export cover saved revisions only.</source>
        <translation>Este artículo tiene cambios que aún no están en ninguna revisión. Guarde primero una revisión (Archivo ▸ Guardar revisión): la revisión y la exportación solo abarcan las versiones guardadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
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
        <location line="+23"/>
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
        <location line="+39"/>
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
        <location line="+22"/>
        <source>Saved on closing</source>
        <translation>Guardada al cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision not saved</source>
        <translation>Revisión no guardada</translation>
    </message>
</context>
<context>
    <name>MemoryFeature</name>
    <message>
        <location filename="../src/transdesk/gui/memory/feature.py" line="+76"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory &amp;Match</source>
        <translation>Usar coincidencia de la &amp;memoria</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No memory match %1 for this segment.</source>
        <translation>No hay coincidencia %1 para este segmento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use memory match</source>
        <translation>Usar coincidencia de la memoria</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No glossary term in this segment&apos;s source.</source>
        <translation>No hay términos del glosario en el origen de este segmento.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+25"/>
        <source>Open an article first.</source>
        <translation>Abra primero un artículo.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Added “%1” to the glossary.</source>
        <translation>«%1» se ha añadido al glosario.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pre-translating from the memory…</source>
        <translation>Pretraduciendo desde la memoria…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-translation saves a revision. Save your changes as a revision first (File ▸ Save Revision), then pre-translate.</source>
        <translation>La pretraducción guarda una revisión. Guarde primero sus cambios como revisión (Archivo ▸ Guardar revisión) y luego pretraduzca.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No exact matches in the memory for the untranslated segments.</source>
        <translation>No hay coincidencias exactas en la memoria para los segmentos sin traducir.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pre-translated %n segment(s) from the memory (revision %1).</source>
        <translation>
            <numerusform>%n segmento pretraducido desde la memoria (revisión %1).</numerusform>
            <numerusform>%n segmentos pretraducidos desde la memoria (revisión %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <location filename="../src/transdesk/gui/memory/panel.py" line="+108"/>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concordance</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the memory for a word or phrase</source>
        <translation>Buscar una palabra o frase en la memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in translations</source>
        <translation>Buscar en las traducciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Ctrl+number to use a translation. In the stored sentence, struck-through words are not in this segment; underlined words are only in this segment.</source>
        <translation>Haga doble clic o pulse Ctrl+número para usar una traducción. En la frase guardada, las palabras tachadas no están en este segmento; las subrayadas solo están en este segmento.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Looking up the memory…</source>
        <translation>Consultando la memoria…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches in the memory for this segment.</source>
        <translation>No hay coincidencias en la memoria para este segmento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 match — %3</source>
        <comment>number. percentage match — its shortcut</comment>
        <translation>%1. coincidencia del %2 — %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+%1 or double-click: use this translation</source>
        <translation>Ctrl+%1 o doble clic: usar esta traducción</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file %1</source>
        <translation>del archivo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from “%1”</source>
        <comment>an article&apos;s headline</comment>
        <translation>de «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unknown translator)</source>
        <translation>(traductor desconocido)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing in the memory contains “%1”.</source>
        <translation>Nada en la memoria contiene «%1».</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../src/transdesk/gui/merge_dialog.py" line="+46"/>
        <source>Merge your changes</source>
        <translation>Fusionar sus cambios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revision %1 was saved while you were translating. Your text is kept; choose what to keep where you both changed the same words.</source>
        <translation>La revisión %1 se guardó mientras traducía. Su texto se conserva; elija qué conservar donde ambos cambiaron las mismas palabras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a text below, or write it here.</source>
        <translation>Elija un texto abajo o escríbalo aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use mine</source>
        <translation>Usar el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use theirs</source>
        <translation>Usar el otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use both</source>
        <translation>Usar ambos</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Yours (not saved yet)</source>
        <translation>Su texto (aún sin guardar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result (saved when you press OK)</source>
        <translation>Resultado (se guarda al pulsar Aceptar)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>needs a choice</source>
        <translation>falta elegir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Theirs</source>
        <translation>El otro texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs: %1, revision %2</source>
        <translation>El otro texto: %1, revisión %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message numerus="yes">
        <location filename="../src/transdesk/gui/review/dialogs.py" line="-81"/>
        <source>%n comment thread(s) still open. They stay open after this step:</source>
        <translation>
            <numerusform>%n hilo de comentarios sigue abierto. Seguirá abierto después de este paso:</numerusform>
            <numerusform>%n hilos de comentarios siguen abiertos. Seguirán abiertos después de este paso:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No open comment threads.</source>
        <translation>No hay hilos de comentarios abiertos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note for the history (optional):</source>
        <translation>&amp;Nota para el historial (opcional):</translation>
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
        <location filename="../src/transdesk/gui/preferences.py" line="+34"/>
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
        <location line="+4"/>
        <source> points per 1,000 words</source>
        <translation> puntos por cada 1000 palabras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article passes review while its quality issues weigh at most this many penalty points per 1,000 source words (minor 1, major 5, critical 10).</source>
        <translation>Un artículo supera la revisión mientras sus problemas de calidad no sumen más de estos puntos de penalización por cada 1000 palabras de origen (leve 1, grave 5, crítico 10).</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>&amp;Quality threshold:</source>
        <translation>Umbral de &amp;calidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>PublishDialog</name>
    <message>
        <location filename="../src/transdesk/gui/publish_dialog.py" line="+71"/>
        <source>Unchanged (new posts: draft)</source>
        <translation>Sin cambios (entradas nuevas: borrador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace posts edited on the site</source>
        <translation>Reemplazar las entradas editadas en el sitio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Categorías:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Publish %n article(s)</source>
        <translation>
            <numerusform>Publicar %n artículo</numerusform>
            <numerusform>Publicar %n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No WordPress site yet: add one in Preferences ▸ CMS destinations.</source>
        <translation>Aún no hay ningún sitio WordPress: añada uno en Preferencias ▸ Destinos CMS.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Already on the sites:</source>
        <translation>Ya en los sitios:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>current</source>
        <translation>al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>behind: revision %1 is newer</source>
        <translation>atrasado: la revisión %1 es más reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited on the site</source>
        <translation>editado en el sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the site</source>
        <translation>ya no está en el sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked: %1</source>
        <translation>no se pudo comprobar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: post %2, revision %3</source>
        <translation>%1: entrada %2, revisión %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Post changed on the site</source>
        <translation>Entrada modificada en el sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the site&apos;s version with this translation?</source>
        <translation>¿Reemplazar la versión del sitio por esta traducción?</translation>
    </message>
</context>
<context>
    <name>QaFeature</name>
    <message>
        <location filename="../src/transdesk/gui/qa_dock.py" line="+161"/>
        <location line="+1"/>
        <source>QA Checks</source>
        <translation>Controles de QA</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No QA findings.</source>
        <translation>No hay problemas de QA.</translation>
    </message>
</context>
<context>
    <name>QaMessages</name>
    <message>
        <location filename="../src/transdesk/gui/qa_messages.py" line="+12"/>
        <source>the segment is not translated</source>
        <translation>el segmento no está traducido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the translation is the source, unchanged</source>
        <translation>la traducción es el origen, sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the translation is %1% of the expected length</source>
        <translation>la traducción tiene el %1 % de la longitud esperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sentence in the translation, %2 in the source</source>
        <translation>%1 oración en la traducción, %2 en el origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sentences in the translation, %2 in the source</source>
        <translation>%1 oraciones en la traducción, %2 en el origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbalanced %1: %2 opening, %3 closing</source>
        <translation>%1 desequilibradas: %2 de apertura, %3 de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quoted passage in the translation, %2 in the source (%3 missing)</source>
        <translation>%1 cita en la traducción, %2 en el origen (faltan %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 quoted passages in the translation, %2 in the source (%3 missing)</source>
        <translation>%1 citas en la traducción, %2 en el origen (faltan %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the translation</source>
        <translation>%1 no está en la traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the source</source>
        <translation>%1 no está en el origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the URL %1 is not in the translation unchanged</source>
        <translation>la URL %1 no está tal cual en la traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address %1 is not in the translation unchanged</source>
        <translation>la dirección de correo %1 no está tal cual en la traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the handle %1 is not in the translation unchanged</source>
        <translation>la cuenta %1 no está tal cual en la traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubled space</source>
        <translation>espacio doble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space before the text</source>
        <translation>espacio antes del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space after the text</source>
        <translation>espacio después del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 digits mixed</source>
        <translation>cifras %1 y %2 mezcladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 and %3 digits mixed</source>
        <translation>cifras %1, %2 y %3 mezcladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in the source; the glossary says %2</source>
        <translation>%1 está en el origen; el glosario dice %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is ruled out by the glossary; write %2</source>
        <translation>%1 está descartado por el glosario; escriba %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western</source>
        <translation>occidentales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic</source>
        <translation>arábigo-índicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>persas</translation>
    </message>
</context>
<context>
    <name>QaOverrideDialog</name>
    <message>
        <location filename="../src/transdesk/gui/review/qa_override.py" line="+35"/>
        <source>QA errors remain</source>
        <translation>Quedan errores de control</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n QA error(s) remain in this translation:</source>
        <translation>
            <numerusform>Queda %n error de control en esta traducción:</numerusform>
            <numerusform>Quedan %n errores de control en esta traducción:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Why does it go ahead anyway? (recorded)</source>
        <translation>&amp;¿Por qué sigue adelante de todos modos? (queda registrado)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approve Anyway</source>
        <translation>Aprobar de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location filename="../src/transdesk/gui/qa_dock.py" line="-108"/>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✗ Error</source>
        <translation>✗ Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ Warning</source>
        <translation>⚠ Advertencia</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No QA problem found.</source>
        <translation>No se encontraron problemas de QA.</translation>
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
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag issue…</source>
        <translation>&amp;Señalar problema…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>found in revision %1</source>
        <translation>detectado en la revisión %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ %1 points per 1,000 words — passes (threshold %2)</source>
        <translation>✓ %1 puntos por cada 1000 palabras — apto (umbral %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ %1 points per 1,000 words — fails (threshold %2)</source>
        <translation>✗ %1 puntos por cada 1000 palabras — no apto (umbral %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 penalty points in %2 source words (minor 1, major 5, critical 10)</source>
        <translation>%1 puntos de penalización en %2 palabras de origen (leve 1, grave 5, crítico 10)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only an editor can tag quality issues</source>
        <translation>Solo un editor puede señalar problemas de calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag an issue on the segment you are in</source>
        <translation>Señalar un problema en el segmento en el que está</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <location filename="../src/transdesk/gui/review/panel.py" line="+107"/>
        <source>Comments (%n open)</source>
        <translation>
            <numerusform>Comentarios (%n abierto)</numerusform>
            <numerusform>Comentarios (%n abiertos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on segment #%1:</source>
        <translation>Comentario sobre el segmento #%1:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the comment thread to reply to.</source>
        <translation>Elija el hilo de comentarios al que responder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to %1</source>
        <translation>Responder a %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the comment thread to resolve.</source>
        <translation>Elija el hilo de comentarios que resolver.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose the quality issue to remove.</source>
        <translation>Elija el problema de calidad que eliminar.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Set your name in Preferences first: review work is signed.</source>
        <translation>Indique primero su nombre en Preferencias: el trabajo de revisión se firma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a segment in the editor first.</source>
        <translation>Elija primero un segmento en el área de edición.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../src/transdesk/gui/review/names.py" line="+4"/>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
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
    <name>Signing</name>
    <message>
        <location filename="../src/transdesk/gui/signing.py" line="+34"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions are signed. Your name:</source>
        <translation>Las revisiones se firman. Su nombre:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not on the newsroom&apos;s people list yet. Add %1 as: %2?</source>
        <translation>%1 aún no figura en la lista de personas de la redacción. ¿Añadir a %1 como: %2?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on the people list</source>
        <translation>No figura en la lista de personas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1 to the people list (%2).</source>
        <translation>%1 se ha añadido a la lista de personas (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on the people list as: %2, and cannot sign as: %3. Choose your listed role in Preferences, or ask an administrator.</source>
        <translation>%1 figura en la lista de personas como: %2 y no puede firmar como: %3. Elija en Preferencias el rol con el que figura, o consulte a un administrador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role not allowed</source>
        <translation>Rol no permitido</translation>
    </message>
</context>
<context>
    <name>SourceChangePanel</name>
    <message>
        <location filename="../src/transdesk/gui/editor/source_change.py" line="+37"/>
        <source>The source of segment %1 was corrected (struck: removed, underlined: added). Update the translation, then confirm it.</source>
        <translation>El texto de origen del segmento %1 se ha corregido (tachado: eliminado; subrayado: añadido). Actualice la traducción y luego confírmela.</translation>
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
<context>
    <name>WorkflowHeader</name>
    <message>
        <location filename="../src/transdesk/gui/review/workflow_view.py" line="-82"/>
        <source>No article open</source>
        <translation>Ningún artículo abierto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Estado: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not submitted yet.</source>
        <translation>Aún no enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2 (%3), %4</source>
        <translation>%1 por %2 (%3), %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set your name in Preferences first</source>
        <translation>Indique primero su nombre en Preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an editor can request changes</source>
        <translation>Solo un editor puede solicitar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an editor can approve</source>
        <translation>Solo un editor puede aprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a draft or an article sent back can be submitted</source>
        <translation>Solo se puede enviar un borrador o un artículo devuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an article in review can be sent back</source>
        <translation>Solo se puede devolver un artículo en revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an article in review can be approved</source>
        <translation>Solo se puede aprobar un artículo en revisión</translation>
    </message>
</context>
</TS>
