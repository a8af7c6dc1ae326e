<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../src/transdesk/gui/actions.py" line="+84"/>
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
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
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
        <location line="+4"/>
        <source>&amp;Compare Revisions…</source>
        <translation>&amp;Comparer les révisions…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Co&amp;mment…</source>
        <translation>Ajouter un co&amp;mmentaire…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag a &amp;Quality Issue…</source>
        <translation>Signaler un problème de &amp;qualité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submit for Review…</source>
        <translation>&amp;Soumettre pour révision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request Changes…</source>
        <translation>&amp;Demander des modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="+4"/>
        <source>Use Memory Match &amp;1</source>
        <translation>Utiliser la correspondance &amp;1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;2</source>
        <translation>Utiliser la correspondance &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;3</source>
        <translation>Utiliser la correspondance &amp;3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;4</source>
        <translation>Utiliser la correspondance &amp;4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;5</source>
        <translation>Utiliser la correspondance &amp;5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;6</source>
        <translation>Utiliser la correspondance &amp;6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;7</source>
        <translation>Utiliser la correspondance &amp;7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;8</source>
        <translation>Utiliser la correspondance &amp;8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory Match &amp;9</source>
        <translation>Utiliser la correspondance &amp;9</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insert Glossary &amp;Term…</source>
        <translation>Insérer un &amp;terme du glossaire…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the &amp;Memory…</source>
        <translation>Rechercher dans la &amp;mémoire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Glossary Term…</source>
        <translation>Ajouter un terme au &amp;glossaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-&amp;translate from Memory</source>
        <translation>Prétra&amp;duire depuis la mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next QA &amp;Finding</source>
        <translation>Problème QA sui&amp;vant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous QA Fin&amp;ding</source>
        <translation>Pr&amp;oblème QA précédent</translation>
    </message>
</context>
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../src/transdesk/gui/memory/term_dialog.py" line="+19"/>
        <source>Add Glossary Term</source>
        <translation>Ajouter un terme au glossaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Optional: when to use it, a source to check</source>
        <translation>Facultatif&#xa0;: quand l’employer, une source à vérifier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source term:</source>
        <translation>Terme source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation:</source>
        <translation>Traduction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
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
    <name>CmsDestinationsBox</name>
    <message>
        <location filename="../src/transdesk/gui/cms_destinations.py" line="+45"/>
        <source>CMS destinations (WordPress)</source>
        <translation>Destinations CMS (WordPress)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application Password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keyring here: keep it in a file only I can read</source>
        <translation>Pas de trousseau ici&#xa0;: le garder dans un fichier que moi seul peux lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add site</source>
        <translation>&amp;Ajouter le site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;move site</source>
        <translation>&amp;Retirer le site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site URL:</source>
        <translation>URL du site&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This computer has no keyring for passwords. Tick the box to keep the password in a file only you can read.</source>
        <translation>Cet ordinateur n’a pas de trousseau pour les mots de passe. Cochez la case pour garder le mot de passe dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added; the password is kept outside TransDesk&apos;s files.</source>
        <translation>Ajouté&#xa0;; le mot de passe est gardé hors des fichiers de TransDesk.</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../src/transdesk/gui/review/comments_tab.py" line="+72"/>
        <source>&amp;Only this segment</source>
        <translation>Ce segment &amp;uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add comment…</source>
        <translation>&amp;Ajouter un commentaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on the segment you are in</source>
        <translation>Commenter le segment en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reso&amp;lve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected thread as settled</source>
        <translation>Marquer le fil sélectionné comme résolu</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Resolved by %1, %2</source>
        <translation>Résolu par %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../src/transdesk/gui/diff_view.py" line="+163"/>
        <source>Compare Revisions</source>
        <translation>Comparer les révisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inline</source>
        <translation>Dans le &amp;texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only changed segments</source>
        <translation>Segments modifiés &amp;uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous change (Shift+F8)</source>
        <translation>Modification précédente (Shift+F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next change (F8)</source>
        <translation>Modification suivante (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject This Change…</source>
        <translation>&amp;Rejeter cette modification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a new revision that puts the older text of this change back</source>
        <translation>Enregistrer une nouvelle révision qui rétablit le texte antérieur de cette modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>0: before translation</source>
        <translation>0&#xa0;: avant traduction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(import)</source>
        <translation>(import)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This article has no revisions yet.</source>
        <translation>Cet article n’a encore aucune révision.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes between these revisions.</source>
        <translation>Aucune modification entre ces révisions.</translation>
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
            <numerusform>%n segment modifié</numerusform>
            <numerusform>%n segments modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n mot ajouté</numerusform>
            <numerusform>%n mots ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <comment>words removed</comment>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(not translated)</source>
        <translation>(non traduit)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Before translation</source>
        <translation>Avant traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Change %1 of %2, in segment %3</source>
        <translation>Modification %1 sur %2, dans le segment %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set your name in Preferences to reject a change: revisions are signed.</source>
        <translation>Indiquez votre nom dans les Préférences pour rejeter une modification&#xa0;: les révisions sont signées.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revision %1 saved: the change in segment %2 is taken back.</source>
        <translation>Révision %1 enregistrée&#xa0;: la modification du segment %2 est annulée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Reject Change</source>
        <translation>Rejeter la modification</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reject this change in segment %1?</source>
        <translation>Rejeter cette modification du segment %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new revision puts “%1” back in place of “%2”.</source>
        <translation>Une nouvelle révision remet «&#xa0;%1&#xa0;» à la place de «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EditorWidget</name>
    <message>
        <location filename="../src/transdesk/gui/editor/widget.py" line="+165"/>
        <source>That segment is hidden by the status filter.</source>
        <translation>Ce segment est masqué par le filtre de statut.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location line="+59"/>
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
    <name>EventsTab</name>
    <message>
        <location filename="../src/transdesk/gui/review/workflow_view.py" line="+145"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approved with QA errors: %1</source>
        <translation>Approuvé malgré des erreurs de contrôle : %1</translation>
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
        <translation>Fichier ou dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot folder the CMS watches</source>
        <translation>Dossier surveillé par le CMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export although not approved (an editor; recorded)</source>
        <translation>Exporter bien que non approuvé (réservé aux éditeurs&#xa0;; consigné)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot wait for approval</source>
        <translation>Pourquoi l’exportation ne peut pas attendre l’approbation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Export %n article(s)</source>
        <translation>
            <numerusform>Exporter %n article</numerusform>
            <numerusform>Exporter %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to:</source>
        <translation>Envoyer vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Where:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported text</source>
        <translation>Texte exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export history</source>
        <translation>Historique des exportations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A Word document of %1 bytes.</source>
        <translation>Un document Word de %1 octets.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready to export</source>
        <translation>Prêt pour l’exportation</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Revision %1 of “%2”: %n problem(s), %3 warning(s).</source>
        <translation>
            <numerusform>Révision %1 de «&#xa0;%2&#xa0;»&#xa0;: %n problème (avertissements&#xa0;: %3).</numerusform>
            <numerusform>Révision %1 de «&#xa0;%2&#xa0;»&#xa0;: %n problèmes (avertissements&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder the CMS picks files up from</source>
        <translation>Le dossier dans lequel le CMS récupère les fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file, or a folder for several articles</source>
        <translation>Un fichier, ou un dossier pour plusieurs articles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n fichier exporté.</numerusform>
            <numerusform>%n fichiers exportés.</numerusform>
        </translation>
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
        <location filename="../src/transdesk/gui/history_dock.py" line="+57"/>
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
        <location line="+4"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="+3"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last written by</source>
        <translation>Dernier auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Segment %1: not translated in any revision yet.</source>
        <translation>Segment %1&#xa0;: pas encore traduit dans une révision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segment %1: last written by %2 in revision %3, %4.</source>
        <translation>Segment %1&#xa0;: écrit en dernier par %2 dans la révision %3, %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(import)</source>
        <translation>(import)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, pre-translated from memory</source>
        <translation>%1, prétraduit depuis la mémoire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(untouched)</source>
        <translation>(intact)</translation>
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
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluency</source>
        <translation>Fluidité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminology</source>
        <translation>Terminologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locale convention</source>
        <translation>Conventions locales</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../src/transdesk/gui/review/dialogs.py" line="+133"/>
        <source>Tag a quality issue</source>
        <translation>Signaler un problème de qualité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segment:</source>
        <translation>Segment&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag issue</source>
        <translation>Signaler le problème</translation>
    </message>
</context>
<context>
    <name>IssueSeverity</name>
    <message>
        <location filename="../src/transdesk/gui/review/names.py" line="+3"/>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>Journaler</name>
    <message>
        <location filename="../src/transdesk/gui/autosave.py" line="+231"/>
        <source>A revision is already being saved.</source>
        <translation>Une révision est déjà en cours d’enregistrement.</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location filename="../src/transdesk/gui/library_dock.py" line="+80"/>
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
        <location filename="../src/transdesk/gui/main_window.py" line="+214"/>
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
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
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
        <location line="+1"/>
        <source>Review</source>
        <translation>Révision</translation>
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
        <location line="+37"/>
        <source>Restored %n unsaved segment(s) from your last session (kept at %1). Save a revision to keep them.</source>
        <translation>
            <numerusform>%n segment non enregistré restauré depuis votre dernière session (conservé à %1). Enregistrez une révision pour le garder.</numerusform>
            <numerusform>%n segments non enregistrés restaurés depuis votre dernière session (conservés à %1). Enregistrez une révision pour les garder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+259"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Your latest edits could not be written to the database. Leave this article anyway? The edits would be lost.</source>
        <translation>Vos dernières modifications n’ont pas pu être écrites dans la base de données. Quitter quand même cet article&#xa0;? Elles seraient perdues.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed (optional):</source>
        <translation>Ce qui a changé (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose articles in the library, or open one, to export.</source>
        <translation>Pour exporter, choisissez des articles dans la bibliothèque ou ouvrez-en un.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose articles in the library, or open one, to publish.</source>
        <translation>Choisissez des articles dans la bibliothèque, ou ouvrez-en un, pour publier.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Revision %1 took back a change.</source>
        <translation>La révision %1 a annulé une modification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision %1 took back a change; your unsaved edits are kept and will be merged when you save.</source>
        <translation>La révision %1 a annulé une modification&#xa0;; vos modifications non enregistrées sont conservées et seront fusionnées à l’enregistrement.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing changed since the last revision.</source>
        <translation>Rien n’a changé depuis la dernière révision.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved revision %1 (%n segment(s) changed).</source>
        <translation>
            <numerusform>Révision %1 enregistrée (%n segment modifié).</numerusform>
            <numerusform>Révision %1 enregistrée (%n segments modifiés).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not merged: your text is kept as a draft; save again to merge it.</source>
        <translation>Non fusionné&#xa0;: votre texte est conservé comme brouillon&#xa0;; enregistrez de nouveau pour le fusionner.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone saved again while you merged; your text is still kept. Save again to merge.</source>
        <translation>Quelqu’un a enregistré de nouveau pendant la fusion&#xa0;; votre texte est toujours conservé. Enregistrez de nouveau pour fusionner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merged: saved revision %1.</source>
        <translation>Fusion effectuée&#xa0;: révision %1 enregistrée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This article has changes that are not in a revision yet. Save a revision first (File ▸ Save Revision): review and export cover saved revisions only.</source>
        <translation>Cet article comporte des modifications qui ne figurent encore dans aucune révision. Enregistrez d’abord une révision (Fichier ▸ Enregistrer une révision)&#xa0;: la révision et l’exportation ne portent que sur les versions enregistrées.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
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
        <location line="+23"/>
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
        <location line="+39"/>
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
        <location line="+22"/>
        <source>Saved on closing</source>
        <translation>Enregistrée à la fermeture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision not saved</source>
        <translation>Révision non enregistrée</translation>
    </message>
</context>
<context>
    <name>MemoryFeature</name>
    <message>
        <location filename="../src/transdesk/gui/memory/feature.py" line="+76"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Memory &amp;Match</source>
        <translation>Utiliser une correspondance de la &amp;mémoire</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No memory match %1 for this segment.</source>
        <translation>Pas de correspondance %1 pour ce segment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use memory match</source>
        <translation>Utiliser une correspondance de la mémoire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No glossary term in this segment&apos;s source.</source>
        <translation>Aucun terme du glossaire dans la source de ce segment.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <location line="+25"/>
        <source>Open an article first.</source>
        <translation>Ouvrez d’abord un article.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Added “%1” to the glossary.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté au glossaire.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pre-translating from the memory…</source>
        <translation>Prétraduction depuis la mémoire…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-translation saves a revision. Save your changes as a revision first (File ▸ Save Revision), then pre-translate.</source>
        <translation>La prétraduction enregistre une révision. Enregistrez d’abord vos modifications en révision (Fichier ▸ Enregistrer la révision), puis prétraduisez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No exact matches in the memory for the untranslated segments.</source>
        <translation>Aucune correspondance exacte dans la mémoire pour les segments non traduits.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pre-translated %n segment(s) from the memory (revision %1).</source>
        <translation>
            <numerusform>%n segment prétraduit depuis la mémoire (révision %1).</numerusform>
            <numerusform>%n segments prétraduits depuis la mémoire (révision %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <location filename="../src/transdesk/gui/memory/panel.py" line="+108"/>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the memory for a word or phrase</source>
        <translation>Chercher un mot ou une expression dans la mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in translations</source>
        <translation>Chercher dans les traductions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Ctrl+number to use a translation. In the stored sentence, struck-through words are not in this segment; underlined words are only in this segment.</source>
        <translation>Double-cliquez ou appuyez sur Ctrl+chiffre pour utiliser une traduction. Dans la phrase en mémoire, les mots barrés ne sont pas dans ce segment&#xa0;; les mots soulignés ne sont que dans ce segment.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Looking up the memory…</source>
        <translation>Recherche dans la mémoire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches in the memory for this segment.</source>
        <translation>Aucune correspondance dans la mémoire pour ce segment.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 match — %3</source>
        <comment>number. percentage match — its shortcut</comment>
        <translation>%1. correspondance à %2 — %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+%1 or double-click: use this translation</source>
        <translation>Ctrl+%1 ou double-clic&#xa0;: utiliser cette traduction</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file %1</source>
        <translation>du fichier %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from “%1”</source>
        <comment>an article&apos;s headline</comment>
        <translation>de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unknown translator)</source>
        <translation>(traducteur inconnu)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Nothing in the memory contains “%1”.</source>
        <translation>Rien dans la mémoire ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../src/transdesk/gui/merge_dialog.py" line="+46"/>
        <source>Merge your changes</source>
        <translation>Fusionner vos modifications</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revision %1 was saved while you were translating. Your text is kept; choose what to keep where you both changed the same words.</source>
        <translation>La révision %1 a été enregistrée pendant que vous traduisiez. Votre texte est conservé&#xa0;; choisissez quoi garder là où vous avez tous deux modifié les mêmes mots.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a text below, or write it here.</source>
        <translation>Choisissez un texte ci-dessous ou saisissez-le ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use mine</source>
        <translation>Utiliser le mien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use theirs</source>
        <translation>Utiliser le leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use both</source>
        <translation>Utiliser les deux</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Yours (not saved yet)</source>
        <translation>Votre texte (pas encore enregistré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result (saved when you press OK)</source>
        <translation>Résultat (enregistré quand vous cliquez sur OK)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>needs a choice</source>
        <translation>choix requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+11"/>
        <source>Theirs</source>
        <translation>Leur texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs: %1, revision %2</source>
        <translation>Leur texte&#xa0;: %1, révision %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message numerus="yes">
        <location filename="../src/transdesk/gui/review/dialogs.py" line="-81"/>
        <source>%n comment thread(s) still open. They stay open after this step:</source>
        <translation>
            <numerusform>%n fil de commentaires est encore ouvert. Il le restera après cette étape&#xa0;:</numerusform>
            <numerusform>%n fils de commentaires sont encore ouverts. Ils le resteront après cette étape&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No open comment threads.</source>
        <translation>Aucun fil de commentaires ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note for the history (optional):</source>
        <translation>&amp;Note pour l’historique (facultatif)&#xa0;:</translation>
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
        <location filename="../src/transdesk/gui/preferences.py" line="+34"/>
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
        <location line="+4"/>
        <source> points per 1,000 words</source>
        <translation> points pour 1&#xa0;000 mots</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article passes review while its quality issues weigh at most this many penalty points per 1,000 source words (minor 1, major 5, critical 10).</source>
        <translation>Un article passe la révision tant que ses problèmes de qualité ne dépassent pas ce nombre de points de pénalité pour 1&#xa0;000 mots source (mineur 1, majeur 5, critique 10).</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>&amp;Quality threshold:</source>
        <translation>Seuil de &amp;qualité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>PublishDialog</name>
    <message>
        <location filename="../src/transdesk/gui/publish_dialog.py" line="+71"/>
        <source>Unchanged (new posts: draft)</source>
        <translation>Inchangé (nouveaux articles&#xa0;: brouillon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace posts edited on the site</source>
        <translation>Remplacer les articles modifiés sur le site</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Catégories&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Publish %n article(s)</source>
        <translation>
            <numerusform>Publier %n article</numerusform>
            <numerusform>Publier %n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No WordPress site yet: add one in Preferences ▸ CMS destinations.</source>
        <translation>Aucun site WordPress pour l’instant&#xa0;: ajoutez-en un dans Préférences ▸ Destinations CMS.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Already on the sites:</source>
        <translation>Déjà sur les sites&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>behind: revision %1 is newer</source>
        <translation>en retard&#xa0;: la révision %1 est plus récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited on the site</source>
        <translation>modifié sur le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone from the site</source>
        <translation>disparu du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked: %1</source>
        <translation>vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: post %2, revision %3</source>
        <translation>%1&#xa0;: article %2, révision %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Post changed on the site</source>
        <translation>Article modifié sur le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the site&apos;s version with this translation?</source>
        <translation>Remplacer la version du site par cette traduction&#xa0;?</translation>
    </message>
</context>
<context>
    <name>QaFeature</name>
    <message>
        <location filename="../src/transdesk/gui/qa_dock.py" line="+161"/>
        <location line="+1"/>
        <source>QA Checks</source>
        <translation>Contrôles QA</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No QA findings.</source>
        <translation>Aucun problème QA.</translation>
    </message>
</context>
<context>
    <name>QaMessages</name>
    <message>
        <location filename="../src/transdesk/gui/qa_messages.py" line="+12"/>
        <source>the segment is not translated</source>
        <translation>le segment n’est pas traduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the translation is the source, unchanged</source>
        <translation>la traduction est la source, inchangée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the translation is %1% of the expected length</source>
        <translation>la traduction fait %1&#xa0;% de la longueur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sentence in the translation, %2 in the source</source>
        <translation>%1 phrase dans la traduction, %2 dans la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sentences in the translation, %2 in the source</source>
        <translation>%1 phrases dans la traduction, %2 dans la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unbalanced %1: %2 opening, %3 closing</source>
        <translation>%1 déséquilibrés&#xa0;: %2 ouvrants, %3 fermants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 quoted passage in the translation, %2 in the source (%3 missing)</source>
        <translation>%1 citation dans la traduction, %2 dans la source (%3 manquantes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 quoted passages in the translation, %2 in the source (%3 missing)</source>
        <translation>%1 citations dans la traduction, %2 dans la source (%3 manquantes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the translation</source>
        <translation>%1 n’est pas dans la traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not in the source</source>
        <translation>%1 n’est pas dans la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the URL %1 is not in the translation unchanged</source>
        <translation>l’URL %1 n’est pas reprise telle quelle dans la traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the e-mail address %1 is not in the translation unchanged</source>
        <translation>l’adresse électronique %1 n’est pas reprise telle quelle dans la traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the handle %1 is not in the translation unchanged</source>
        <translation>le compte %1 n’est pas repris tel quel dans la traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doubled space</source>
        <translation>espace doublée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space before the text</source>
        <translation>espace avant le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space after the text</source>
        <translation>espace après le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 digits mixed</source>
        <translation>chiffres %1 et %2 mélangés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 and %3 digits mixed</source>
        <translation>chiffres %1, %2 et %3 mélangés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in the source; the glossary says %2</source>
        <translation>%1 est dans la source&#xa0;; le glossaire dit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is ruled out by the glossary; write %2</source>
        <translation>%1 est exclu par le glossaire&#xa0;; écrire %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Western</source>
        <translation>occidentaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic-Indic</source>
        <translation>arabes orientaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>persans</translation>
    </message>
</context>
<context>
    <name>QaOverrideDialog</name>
    <message>
        <location filename="../src/transdesk/gui/review/qa_override.py" line="+35"/>
        <source>QA errors remain</source>
        <translation>Des erreurs de contrôle subsistent</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n QA error(s) remain in this translation:</source>
        <translation>
            <numerusform>%n erreur de contrôle subsiste dans cette traduction :</numerusform>
            <numerusform>%n erreurs de contrôle subsistent dans cette traduction :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Why does it go ahead anyway? (recorded)</source>
        <translation>&amp;Pourquoi continuer malgré tout ? (enregistré)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approve Anyway</source>
        <translation>Approuver quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <location filename="../src/transdesk/gui/qa_dock.py" line="-108"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✗ Error</source>
        <translation>✗ Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ Warning</source>
        <translation>⚠ Avertissement</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No QA problem found.</source>
        <translation>Aucun problème QA trouvé.</translation>
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
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag issue…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>found in revision %1</source>
        <translation>relevé dans la révision %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ %1 points per 1,000 words — passes (threshold %2)</source>
        <translation>✓ %1 points pour 1&#xa0;000 mots — conforme (seuil %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ %1 points per 1,000 words — fails (threshold %2)</source>
        <translation>✗ %1 points pour 1&#xa0;000 mots — non conforme (seuil %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 penalty points in %2 source words (minor 1, major 5, critical 10)</source>
        <translation>%1 points de pénalité pour %2 mots source (mineur 1, majeur 5, critique 10)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only an editor can tag quality issues</source>
        <translation>Seul un éditeur peut signaler des problèmes de qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag an issue on the segment you are in</source>
        <translation>Signaler un problème dans le segment en cours</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <location filename="../src/transdesk/gui/review/panel.py" line="+107"/>
        <source>Comments (%n open)</source>
        <translation>
            <numerusform>Commentaires (%n ouvert)</numerusform>
            <numerusform>Commentaires (%n ouverts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow</source>
        <translation>Flux de travail</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on segment #%1:</source>
        <translation>Commentaire sur le segment #%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the comment thread to reply to.</source>
        <translation>Choisissez le fil de commentaires auquel répondre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the comment thread to resolve.</source>
        <translation>Choisissez le fil de commentaires à résoudre.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose the quality issue to remove.</source>
        <translation>Choisissez le problème de qualité à supprimer.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Set your name in Preferences first: review work is signed.</source>
        <translation>Indiquez d’abord votre nom dans les Préférences&#xa0;: le travail de révision est signé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a segment in the editor first.</source>
        <translation>Choisissez d’abord un segment dans la zone d’édition.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <location filename="../src/transdesk/gui/review/names.py" line="+4"/>
        <source>Submit for review</source>
        <translation>Soumettre pour révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approuver</translation>
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
    <name>Signing</name>
    <message>
        <location filename="../src/transdesk/gui/signing.py" line="+34"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions are signed. Your name:</source>
        <translation>Les révisions sont signées. Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not on the newsroom&apos;s people list yet. Add %1 as: %2?</source>
        <translation>%1 ne figure pas encore dans la liste des membres de la rédaction. Ajouter %1 comme&#xa0;: %2&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on the people list</source>
        <translation>Absent de la liste des membres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1 to the people list (%2).</source>
        <translation>%1 a été ajouté à la liste des membres (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on the people list as: %2, and cannot sign as: %3. Choose your listed role in Preferences, or ask an administrator.</source>
        <translation>%1 figure dans la liste des membres comme&#xa0;: %2, et ne peut pas signer comme&#xa0;: %3. Choisissez votre rôle inscrit dans les Préférences, ou adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role not allowed</source>
        <translation>Rôle non autorisé</translation>
    </message>
</context>
<context>
    <name>SourceChangePanel</name>
    <message>
        <location filename="../src/transdesk/gui/editor/source_change.py" line="+37"/>
        <source>The source of segment %1 was corrected (struck: removed, underlined: added). Update the translation, then confirm it.</source>
        <translation>La source du segment %1 a été corrigée (barré&#xa0;: supprimé, souligné&#xa0;: ajouté). Mettez à jour la traduction, puis confirmez-la.</translation>
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
<context>
    <name>WorkflowHeader</name>
    <message>
        <location filename="../src/transdesk/gui/review/workflow_view.py" line="-82"/>
        <source>No article open</source>
        <translation>Aucun article ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Statut&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not submitted yet.</source>
        <translation>Pas encore soumis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2 (%3), %4</source>
        <translation>%1 par %2 (%3), %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set your name in Preferences first</source>
        <translation>Indiquez d’abord votre nom dans les Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an editor can request changes</source>
        <translation>Seul un éditeur peut demander des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an editor can approve</source>
        <translation>Seul un éditeur peut approuver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a draft or an article sent back can be submitted</source>
        <translation>Seul un brouillon ou un article renvoyé peut être soumis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an article in review can be sent back</source>
        <translation>Seul un article en révision peut être renvoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an article in review can be approved</source>
        <translation>Seul un article en révision peut être approuvé</translation>
    </message>
</context>
</TS>
