<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>EventText</name>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="20" />
        <location filename="../src/gui/EventDescription.cpp" line="54" />
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="21" />
        <location filename="../src/gui/EventDescription.cpp" line="55" />
        <source>disconnected</source>
        <translation>déconnectée</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="22" />
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="29" />
        <source>connection %1 %2 peer %3 (node %4)</source>
        <translation>connexion %1 %2, pair %3 (nœud %4)</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="31" />
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="36" />
        <source>, next attempt %1</source>
        <translation>, tentative suivante %1</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="43" />
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="44" />
        <location filename="../src/gui/EventDescription.cpp" line="56" />
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="45" />
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="46" />
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/EventDescription.cpp" line="68" />
        <source>connection %1, type %2, %n byte(s): %3</source>
        <translation><numerusform>connexion %1, type %2, %n octet : %3</numerusform><numerusform>connexion %1, type %2, %n octets : %3</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="74" />
        <source>%1 record %2 %3</source>
        <translation>enregistrement %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="80" />
        <source>node %1 (%2) %3</source>
        <translation>nœud %1 (%2) %3</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="84" />
        <source>record type %1</source>
        <translation>type d’enregistrement %1</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="93" />
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="94" />
        <source>Property changed</source>
        <translation>Propriété modifiée</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="95" />
        <source>Record changed</source>
        <translation>Enregistrement modifié</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="96" />
        <source>Direct connection</source>
        <translation>Connexion directe</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="97" />
        <source>Neighbor connection</source>
        <translation>Connexion de voisinage</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="98" />
        <source>Incoming data</source>
        <translation>Données entrantes</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="99" />
        <source>Connection required</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="100" />
        <source>Node changed</source>
        <translation>Nœud modifié</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="101" />
        <source>Synchronized</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="109" />
        <source>Graph info</source>
        <translation>Infos du graphe</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="111" />
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="113" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="115" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="117" />
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="130" />
        <source>listening</source>
        <translation>en écoute</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="132" />
        <source>has connections</source>
        <translation>a des connexions</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="134" />
        <source>synchronized</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <location filename="../src/gui/EventDescription.cpp" line="135" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <location filename="../src/gui/GraphExport.cpp" line="50" />
        <location filename="../src/gui/GraphExport.cpp" line="65" />
        <location filename="../src/gui/GraphExport.cpp" line="70" />
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/GraphExport.cpp" line="61" />
        <source>Peerscope mesh</source>
        <translation>Maillage Peerscope</translation>
    </message>
    <message>
        <location filename="../src/gui/GraphExport.cpp" line="62" />
        <source>The peer graph as drawn by the Peerscope inspector.</source>
        <translation>Le graphe de pairs tel que dessiné par l’inspecteur Peerscope.</translation>
    </message>
    <message>
        <location filename="../src/gui/GraphExport.cpp" line="100" />
        <location filename="../src/gui/GraphExport.cpp" line="103" />
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <location filename="../src/gui/LinkItem.cpp" line="33" />
        <source>Direct connection</source>
        <translation>Connexion directe</translation>
    </message>
    <message>
        <location filename="../src/gui/LinkItem.cpp" line="34" />
        <source>Neighbor link (right-click to cut it in the lab)</source>
        <translation>Lien de voisinage (clic droit pour le couper dans le labo)</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="60" />
        <source>Peer id: %1</source>
        <translation>Identifiant de pair : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="61" />
        <source>Node id: %1</source>
        <translation>Identifiant de nœud : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="63" />
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="65" />
        <source>This is the inspector's own node.</source>
        <translation>Ceci est le nœud propre de l’inspecteur.</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeItem.cpp" line="67" />
        <source>Double-click to open a direct connection.</source>
        <translation>Double-cliquez pour ouvrir une connexion directe.</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::DirectConnectionModel</name>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="105" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="106" />
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="107" />
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="124" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="125" />
        <source>Local peer</source>
        <translation>Pair local</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="126" />
        <source>Remote peer</source>
        <translation>Pair distant</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="127" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="128" />
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="129" />
        <source>Msgs sent</source>
        <translation>Msgs envoyés</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="130" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="131" />
        <source>Msgs received</source>
        <translation>Msgs reçus</translation>
    </message>
    <message>
        <location filename="../src/gui/DirectConnectionModel.cpp" line="132" />
        <source>Opened at</source>
        <translation>Ouverte à</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::EventLogModel</name>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="122" />
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="132" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="133" />
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="134" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogModel.cpp" line="135" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::EventLogPanel</name>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="30" />
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="33" />
        <source>Show one event type only</source>
        <translation>Afficher un seul type d’événement</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="39" />
        <source>Show the events of one node only</source>
        <translation>Afficher les événements d’un seul nœud</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="48" />
        <source>Search details...</source>
        <translation>Rechercher dans les détails…</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="50" />
        <source>Show events whose node or details contain this text</source>
        <translation>Afficher les événements dont le nœud ou les détails contiennent ce texte</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="54" />
        <location filename="../src/gui/EventLogPanel.cpp" line="61" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="57" />
        <source>Pause the log; events keep arriving and appear on resume</source>
        <translation>Mettre le journal en pause ; les événements continuent d’arriver et s’affichent à la reprise</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="61" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="64" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="67" />
        <source>Remove every event from the log</source>
        <translation>Retirer tous les événements du journal</translation>
    </message>
    <message>
        <location filename="../src/gui/EventLogPanel.cpp" line="103" />
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::InspectorApplication</name>
    <message>
        <location filename="../src/gui/InspectorApplication.cpp" line="28" />
        <source>Peerscope inspector: watch and probe peer graphs.</source>
        <translation>Inspecteur Peerscope : observer et sonder des graphes de pairs.</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorApplication.cpp" line="32" />
        <source>Start a local lab mesh of &lt;peers&gt; peers.</source>
        <translation>Démarrer un maillage de labo local de &lt;peers&gt; pairs.</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::InspectorNode</name>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="27" />
        <source>Cannot open graph %1</source>
        <translation>Impossible d’ouvrir le graphe %1</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="47" />
        <source>Cannot listen</source>
        <translation>Impossible d’écouter</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="65" />
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="76" />
        <source>The inspector has not joined a graph yet.</source>
        <translation>L’inspecteur n’a encore rejoint aucun graphe.</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="81" />
        <source>Cannot open a direct connection to %1</source>
        <translation>Impossible d’ouvrir une connexion directe vers %1</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="89" />
        <source>Cannot send on connection %1</source>
        <translation>Impossible d’envoyer sur la connexion %1</translation>
    </message>
    <message>
        <location filename="../src/gui/InspectorNode.cpp" line="100" />
        <source>Cannot close connection %1</source>
        <translation>Impossible de fermer la connexion %1</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::JoinMeshDialog</name>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="20" />
        <source>Join mesh</source>
        <translation>Rejoindre un maillage</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="24" />
        <source>127.0.0.1:4000 or [::1]:4000</source>
        <translation>127.0.0.1:4000 ou [::1]:4000</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="28" />
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="29" />
        <source>The id of the graph the node at the address belongs to.</source>
        <translation>L’identifiant du graphe auquel appartient le nœud à cette adresse.</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="30" />
        <source>Any listening node of the graph; the engine follows referrals from there.</source>
        <translation>N’importe quel nœud en écoute du graphe ; le moteur suit les renvois à partir de là.</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="38" />
        <source>&amp;Graph id:</source>
        <translation>Identifiant du &amp;graphe :</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="39" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="40" />
        <source>&amp;Peer id:</source>
        <translation>Identifiant de &amp;pair :</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="41" />
        <source>&amp;Friendly name:</source>
        <translation>&amp;Nom convivial :</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="70" />
        <source>Enter the graph id.</source>
        <translation>Saisissez l’identifiant du graphe.</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="72" />
        <source>Enter an address as HOST:PORT, e.g. 127.0.0.1:4000.</source>
        <translation>Saisissez une adresse sous la forme HÔTE:PORT, par ex. 127.0.0.1:4000.</translation>
    </message>
    <message>
        <location filename="../src/gui/JoinMeshDialog.cpp" line="74" />
        <source>Enter a peer id for the inspector's node.</source>
        <translation>Saisissez un identifiant de pair pour le nœud de l’inspecteur.</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::LabMesh</name>
    <message>
        <location filename="../src/gui/LabMesh.cpp" line="88" />
        <source>Peer %1</source>
        <translation>Pair %1</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="79" />
        <source>Peerscope Inspector</source>
        <translation>Inspecteur Peerscope</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="81" />
        <source>Wheel: zoom. Drag the background: pan. Drag a node: pin it. Double-click a node: open a direct connection.</source>
        <translation>Molette : zoomer. Glisser le fond : déplacer. Glisser un nœud : l’épingler. Double-clic sur un nœud : ouvrir une connexion directe.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="131" />
        <source>Direct connections</source>
        <translation>Connexions directes</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="137" />
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="146" />
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="155" />
        <source>Node details</source>
        <translation>Détails du nœud</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="165" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="166" />
        <source>&amp;Join mesh...</source>
        <translation>&amp;Rejoindre un maillage…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="167" />
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="168" />
        <source>Connect the inspector's own node to an existing graph by address</source>
        <translation>Connecter le nœud propre de l’inspecteur à un graphe existant par son adresse</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="170" />
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="171" />
        <source>Graph as &amp;PNG...</source>
        <translation>Graphe en &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="172" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="173" />
        <source>Graph as &amp;SVG...</source>
        <translation>Graphe en &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="174" />
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="175" />
        <source>Topology as Graphviz &amp;DOT...</source>
        <translation>Topologie en Graphviz &amp;DOT…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="176" />
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="178" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="180" />
        <source>&amp;Lab</source>
        <translation>&amp;Labo</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="181" />
        <source>&amp;New local mesh...</source>
        <translation>&amp;Nouveau maillage local…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="182" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="183" />
        <source>Start N peerscope-node processes on loopback and attach the inspector</source>
        <translation>Démarrer N processus peerscope-node en boucle locale et y rattacher l’inspecteur</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="184" />
        <source>&amp;Add peer</source>
        <translation>&amp;Ajouter un pair</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="185" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="186" />
        <source>Start one more lab peer that joins the mesh</source>
        <translation>Démarrer un pair de labo supplémentaire qui rejoint le maillage</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="187" />
        <source>&amp;Stop selected peer</source>
        <translation>&amp;Arrêter le pair sélectionné</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="189" />
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="190" />
        <source>Ask the selected lab peer to leave the graph cleanly</source>
        <translation>Demander au pair de labo sélectionné de quitter proprement le graphe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="191" />
        <source>&amp;Kill selected peer</source>
        <translation>&amp;Tuer le pair sélectionné</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="193" />
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="194" />
        <source>SIGKILL the selected lab peer: its neighbors find out the hard way</source>
        <translation>SIGKILL au pair de labo sélectionné : ses voisins l’apprennent à la dure</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="196" />
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="197" />
        <source>&amp;Open direct connection</source>
        <translation>&amp;Ouvrir une connexion directe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="199" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="200" />
        <source>Open a direct connection from the inspector's node to the selected node</source>
        <translation>Ouvrir une connexion directe du nœud de l’inspecteur vers le nœud sélectionné</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="201" />
        <source>&amp;Send data...</source>
        <translation>&amp;Envoyer des données…</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="202" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="203" />
        <source>Send text, hex bytes or a file on the selected direct connection</source>
        <translation>Envoyer du texte, des octets hexadécimaux ou un fichier sur la connexion directe sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="204" />
        <source>&amp;Close connection</source>
        <translation>&amp;Fermer la connexion</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="206" />
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="207" />
        <source>Close the selected direct connection</source>
        <translation>Fermer la connexion directe sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="209" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="210" />
        <source>&amp;Fit to view</source>
        <translation>&amp;Ajuster à la vue</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="211" />
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="212" />
        <source>Show the whole mesh and keep following it</source>
        <translation>Afficher tout le maillage et continuer à le suivre</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="213" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="214" />
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="217" />
        <source>Search the event &amp;log</source>
        <translation>Rechercher dans le &amp;journal</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="219" />
        <source>&amp;Pause or resume the event log</source>
        <translation>Mettre en &amp;pause ou reprendre le journal</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="221" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="222" />
        <source>&amp;Clear the event log</source>
        <translation>&amp;Effacer le journal</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="223" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="228" />
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="261" />
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="328" />
        <source>Not in a graph</source>
        <translation>Dans aucun graphe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="328" />
        <source>Graph: %1</source>
        <translation>Graphe : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="329" />
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="337" />
        <source>Neighbors: %1  Direct connections: %2  Nodes in view: %3</source>
        <translation>Voisins : %1  Connexions directes : %2  Nœuds affichés : %3</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="368" />
        <source>peerscope-node was not found next to the inspector or on PATH; the lab needs it.</source>
        <translation>peerscope-node est introuvable à côté de l’inspecteur et dans le PATH ; le labo en a besoin.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="380" />
        <source>New local mesh</source>
        <translation>Nouveau maillage local</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="381" />
        <source>Number of peers to start on loopback:</source>
        <translation>Nombre de pairs à démarrer en boucle locale :</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="403" />
        <source>Join a mesh or start a lab first: direct connections start at the inspector's own node.</source>
        <translation>Rejoignez d’abord un maillage ou démarrez un labo : les connexions directes partent du nœud propre de l’inspecteur.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="407" />
        <source>No address is known for %1 yet.</source>
        <translation>Aucune adresse n’est encore connue pour %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="450" />
        <source>connection %1 (%2 → %3)</source>
        <translation>connexion %1 (%2 → %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="487" />
        <source>Only links with a lab peer at one end can be cut.</source>
        <translation>Seuls les liens ayant un pair de labo à une extrémité peuvent être coupés.</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="498" />
        <source>Open direct connection</source>
        <translation>Ouvrir une connexion directe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="502" />
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="502" />
        <source>Pin here</source>
        <translation>Épingler ici</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="503" />
        <source>Show only its events</source>
        <translation>Afficher uniquement ses événements</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="506" />
        <source>Stop peer</source>
        <translation>Arrêter le pair</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="507" />
        <source>The peer leaves the graph cleanly (quit command)</source>
        <translation>Le pair quitte proprement le graphe (commande quit)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="508" />
        <source>Kill peer</source>
        <translation>Tuer le pair</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="509" />
        <source>SIGKILL: the peer vanishes without a goodbye</source>
        <translation>SIGKILL : le pair disparaît sans dire au revoir</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="520" />
        <source>Cut link</source>
        <translation>Couper le lien</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="527" />
        <source>Close direct connection %1</source>
        <translation>Fermer la connexion directe %1</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="546" />
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="546" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="547" />
        <source>Export graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="555" />
        <location filename="../src/gui/MainWindow.cpp" line="568" />
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="560" />
        <source>Export topology</source>
        <translation>Exporter la topologie</translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="561" />
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Fichiers Graphviz (*.dot *.gv)</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::NodeDetailsModel</name>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="43" />
        <source>this inspector</source>
        <translation>cet inspecteur</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="44" />
        <source>lab peer</source>
        <translation>pair de labo</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="45" />
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="48" />
        <source>Friendly name</source>
        <translation>Nom convivial</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="49" />
        <source>Peer id</source>
        <translation>Identifiant de pair</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="50" />
        <source>Node id</source>
        <translation>Identifiant de nœud</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="51" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="52" />
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="53" />
        <source>Neighbors</source>
        <translation>Voisins</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="54" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="54" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="55" />
        <source>Last heard</source>
        <translation>Dernier signe de vie</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="57" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="94" />
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../src/gui/NodeDetailsModel.cpp" line="94" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::RecordModel</name>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="84" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="97" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="98" />
        <source>Record id</source>
        <translation>Identifiant d’enregistrement</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="99" />
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="100" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="101" />
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="102" />
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../src/gui/RecordModel.cpp" line="103" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>peerscope::gui::SendDialog</name>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="28" />
        <source>&amp;Text (UTF-8)</source>
        <translation>&amp;Texte (UTF-8)</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="29" />
        <source>&amp;Hex bytes</source>
        <translation>Octets &amp;hexadécimaux</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="30" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="36" />
        <source>Send data on %1</source>
        <translation>Envoyer des données sur %1</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="40" />
        <source>The data type GUID the receiver sees in INCOMING_DATA; recently used ones are listed.</source>
        <translation>Le GUID de type de données que le destinataire voit dans INCOMING_DATA ; les plus récents sont proposés.</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="50" />
        <source>Bytes as hexadecimal digits; spaces and colons are ignored, e.g. "de ad be ef".</source>
        <translation>Octets en chiffres hexadécimaux ; espaces et deux-points sont ignorés, par ex. « de ad be ef ».</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="54" />
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="58" />
        <source>Send file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="66" />
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="71" />
        <source>Data &amp;type:</source>
        <translation>&amp;Type de données :</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="72" />
        <source>Payload:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="74" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="112" />
        <source>48 65 6c 6c 6f</source>
        <translation>53 61 6c 75 74</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="112" />
        <source>Hello, mesh!</source>
        <translation>Bonjour, maillage !</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="128" />
        <source>Hex input must be pairs of hexadecimal digits.</source>
        <translation>L’entrée hexadécimale doit être composée de paires de chiffres hexadécimaux.</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="136" />
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="140" />
        <source>The file is larger than 16 MiB, the largest message a connection carries.</source>
        <translation>Le fichier dépasse 16 Mio, le plus gros message qu’une connexion transporte.</translation>
    </message>
    <message>
        <location filename="../src/gui/SendDialog.cpp" line="153" />
        <source>The data type must be a GUID, e.g. %1.</source>
        <translation>Le type de données doit être un GUID, par ex. %1.</translation>
    </message>
</context>
</TS>