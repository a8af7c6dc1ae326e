<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../src/transdesk/gui/actions.py" line="+59"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Revision…</source>
        <translation>&amp;Enregistrer une révision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Article</source>
        <translation>&amp;Fermer l’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm and Go to Next Untranslated</source>
        <translation>&amp;Confirmer et passer au prochain non traduit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt Segment</source>
        <translation>Segment s&amp;uivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Segment</source>
        <translation>Segment &amp;précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Source to Translation</source>
        <translation>Copier la &amp;source dans la traduction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next &amp;Untranslated</source>
        <translation>Prochain &amp;non traduit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Needing &amp;Review</source>
        <translation>Prochain à &amp;réviser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About TransDesk</source>
        <translation>À &amp;propos de TransDesk</translation>
    </message>
</context>
<context>
    <name>AttributionPanel</name>
    <message>
        <location filename="../src/transdesk/gui/attribution_dock.py" line="+88"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original &amp;URL:</source>
        <translation>&amp;URL d’origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authors:</source>
        <translation>&amp;Auteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original &amp;title:</source>
        <translation>&amp;Titre original&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>&amp;Rubrique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rights:</source>
        <translation>&amp;Droits&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Via:</source>
        <translation>&amp;Via&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tra&amp;nslators:</source>
        <translation>Traduct&amp;eurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Editor:</source>
        <translation>&amp;Éditeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Separate names with ;</source>
        <translation>Séparez les noms par ;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlets the report came through, one per line: name, then URL</source>
        <translation>Médias par lesquels la dépêche est passée, un par ligne&#xa0;: le nom, puis l’URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 2026-11-25 14:30+03:00</source>
        <translation>p.&#xa0;ex. 2026-11-25 14:30+03:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply attribution</source>
        <translation>Appliquer les crédits</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Attribution not saved: correct the marked fields.</source>
        <translation>Crédits non enregistrés&#xa0;: corrigez les champs signalés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attribution not saved: %1</source>
        <translation>Crédits non enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attribution saved.</source>
        <translation>Crédits enregistrés.</translation>
    </message>
</context>
<context>
    <name>EditorWidget</name>
    <message>
        <location filename="../src/transdesk/gui/editor/widget.py" line="+146"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing to confirm: the translation is empty.</source>
        <translation>Rien à confirmer&#xa0;: la traduction est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All segments are translated.</source>
        <translation>Tous les segments sont traduits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No segment is left to translate.</source>
        <translation>Il ne reste aucun segment à traduire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No segment is waiting for review.</source>
        <translation>Aucun segment n’attend de révision.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy source</source>
        <translation>Copie de la source</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/transdesk/gui/background.py" line="+22"/>
        <source>Internal error (%1); details in %2</source>
        <translation>Erreur interne (%1)&#xa0;; détails dans %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../src/transdesk/gui/editor/find_bar.py" line="+89"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;place with:</source>
        <translation>Rem&amp;placer par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source and translation</source>
        <translation>Source et traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source only</source>
        <translation>Source uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation only</source>
        <translation>Traduction uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>Remp&amp;lacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../src/transdesk/gui/editor/find_controller.py" line="+66"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search wrapped around</source>
        <translation>La recherche a repris au début</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+20"/>
        <source>Replace</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
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
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(import)</source>
        <translation>(import)</translation>
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
        <translation>Une révision est déjà en cours d’enregistrement.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The revision was not saved: {0}</source>
        <translation>La révision n’a pas été enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your latest typing is not saved to the database yet ({0}); TransDesk keeps it and will try again.</source>
        <translation>Votre dernière saisie n’est pas encore enregistrée dans la base de données ({0})&#xa0;; TransDesk la conserve et réessaiera.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../src/transdesk/gui/library_model.py" line="+56"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../src/transdesk/gui/library_dock.py" line="+79"/>
        <source>Search headlines and outlets</source>
        <translation>Rechercher dans les titres et les médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source or target language code, e.g. ar</source>
        <translation>Code de la langue source ou cible, p.&#xa0;ex. ar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/transdesk/gui/main_window.py" line="+180"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an article from the library, or import a report: File ▸ Import, or drop files on this window.</source>
        <translation>Ouvrez un article depuis la bibliothèque ou importez une dépêche&#xa0;: Fichier ▸ Importer, ou déposez des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to translate</source>
        <translation>Reste à traduire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only segments with this status</source>
        <translation>N’afficher que les segments ayant ce statut</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Preferences could not be saved: %1</source>
        <translation>Impossible d’enregistrer les préférences&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Restored %n unsaved segment(s) from your last session (kept at %1). Save a revision to keep them.</source>
        <translation>
            <numerusform>%n segment non enregistré restauré depuis votre dernière session (conservé à %1). Enregistrez une révision pour le garder.</numerusform>
            <numerusform>%n segments non enregistrés restaurés depuis votre dernière session (conservés à %1). Enregistrez une révision pour les garder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your latest edits could not be written to the database. Leave this article anyway? The edits would be lost.</source>
        <translation>Vos dernières modifications n’ont pas pu être écrites dans la base de données. Quitter quand même cet article&#xa0;? Elles seraient perdues.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revisions are signed. Your name:</source>
        <translation>Les révisions sont signées. Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed (optional):</source>
        <translation>Ce qui a changé (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing changed since the last revision.</source>
        <translation>Rien n’a changé depuis la dernière révision.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved revision %1 (%n segment(s) changed).</source>
        <translation>
            <numerusform>Révision %1 enregistrée (%n segment modifié).</numerusform>
            <numerusform>Révision %1 enregistrée (%n segments modifiés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Draft kept (%n segment(s)).</source>
        <translation>
            <numerusform>Brouillon conservé (%n segment).</numerusform>
            <numerusform>Brouillon conservé (%n segments).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import source reports</source>
        <translation>Importer des dépêches sources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports (*.txt *.md *.markdown *.html *.htm *.docx *.xlf *.xliff *.sdlxliff);;All files (*)</source>
        <translation>Dépêches (*.txt *.md *.markdown *.html *.htm *.docx *.xlf *.xliff *.sdlxliff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translate into (language codes, separated by commas):</source>
        <translation>Traduire en (codes de langue, séparés par des virgules)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Welcome to TransDesk</source>
        <translation>Bienvenue dans TransDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your library is empty. Open a sample report to try TransDesk?</source>
        <translation>Votre bibliothèque est vide. Ouvrir une dépêche d’exemple pour essayer TransDesk&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample in %1</source>
        <translation>Exemple en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No, thanks</source>
        <translation>Non merci</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The new database location is used from the next start.</source>
        <translation>Le nouvel emplacement de la base de données sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About TransDesk</source>
        <translation>À propos de TransDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TransDesk %1: a translation workbench for newsrooms.</source>
        <translation>TransDesk %1&#xa0;: un atelier de traduction pour les rédactions.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article dans la bibliothèque</numerusform>
            <numerusform>%n articles dans la bibliothèque</numerusform>
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
        <translation>Traduction non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This article has changes that are not in a revision yet.</source>
        <translation>Cet article comporte des modifications qui ne figurent encore dans aucune révision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are kept as a draft and come back when you reopen the article.</source>
        <translation>Elles sont conservées comme brouillon et réapparaîtront à la réouverture de l’article.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Draft and Close</source>
        <translation>Garder le brouillon et fermer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unnamed translator</source>
        <translation>Traducteur sans nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on closing</source>
        <translation>Enregistrée à la fermeture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision not saved</source>
        <translation>Révision non enregistrée</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../src/transdesk/gui/notices.py" line="+39"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/transdesk/gui/preferences.py" line="+29"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default: the file in your user data folder</source>
        <translation>Par défaut&#xa0;: le fichier de votre dossier de données utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>Votre &amp;rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>Langue de l’&amp;interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source font:</source>
        <translation>Police de la &amp;source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translation font:</source>
        <translation>Police de la &amp;traduction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Font si&amp;ze:</source>
        <translation>Tai&amp;lle de police&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave after:</source>
        <translation>Enregistrement &amp;automatique après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new database location is used from the next start.</source>
        <translation>Un nouvel emplacement de base de données est pris en compte au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../src/transdesk/gui/progress_text.py" line="+12"/>
        <source>%1 / %2 words translated (%3)</source>
        <translation>%1 / %2 mots traduits (%3)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../src/transdesk/gui/roles.py" line="+9"/>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>SegmentKind</name>
    <message>
        <location filename="../src/transdesk/gui/editor/model.py" line="+51"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citation</translation>
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
        <translation>Source ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation ({language})</source>
        <translation>Traduction ({language})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source text in %1</source>
        <translation>Texte source en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation into %1</source>
        <translation>Traduction en %1</translation>
    </message>
</context>
<context>
    <name>SegmentStatus</name>
    <message>
        <location filename="../src/transdesk/gui/editor/statuses.py" line="+14"/>
        <source>Untranslated</source>
        <translation>Non traduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs update</source>
        <translation>À mettre à jour</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../src/transdesk/gui/shortcuts_dialog.py" line="+22"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../src/transdesk/gui/library_model.py" line="+21"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
</context>
</TS>
