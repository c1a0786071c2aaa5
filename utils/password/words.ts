/**
 * Common, short French words written without accents in correct spelling (no « velo » for « vélo »), for the
 * memorable password proposal. Lower case a–z only, 3 to 8 letters. Shipped with the extension: nothing is
 * fetched.
 */
export const WORDS: readonly string[] = `
chat chien lapin cheval mouton vache cochon poule canard tigre lion loup renard ours singe girafe panda koala
castor hibou aigle pigeon corbeau merle moineau poisson requin baleine dauphin tortue serpent souris hamster
chameau manchot pingouin phoque morse otarie mouette cygne paon dinde oie taureau poney chaton chiot agneau
veau biche cerf sanglier blaireau taupe lama bison abeille fourmi papillon escargot chenille crabe homard
pomme poire banane cerise fraise citron orange raisin melon prune abricot mangue kiwi ananas tomate carotte
radis salade chou navet oignon poivron courge haricot pain beurre fromage lait sucre miel farine tarte
biscuit bonbon chocolat soupe pizza riz jambon poulet sirop yaourt brioche gaufre noix noisette amande olive
persil menthe vanille cannelle potiron lentille cornichon moutarde
table chaise lampe porte maison jardin toit mur tapis livre cahier crayon stylo gomme sac cartable trousse
ballon bateau avion train camion voiture moto bus tram piano guitare violon tambour radio photo image carte
lettre bougie miroir horloge montre bouton ciseaux tasse verre bol assiette couteau four frigo savon coussin
drap oreiller panier seau pelle balai bureau classe calcul dessin peinture pinceau colle papier carton ruban
ficelle corde clou marteau outil scie brouette potager parapluie chapeau bonnet manteau gant chausson botte
soleil lune nuage pluie neige vent orage ciel mer plage sable vague lac arbre fleur rose tulipe feuille
herbe pierre rocher colline montagne vallon sapin bambou cactus mousse caillou volcan prairie jungle source
ruisseau nuit matin midi soir hiver automne saison glace brume givre tonnerre arc jour muguet lilas jasmin
lavande palmier pin marguerite
rouge bleu vert jaune blanc noir gris violet marron
musique danse chanson jeu sport tennis judo rugby football course cirque cadeau ami copain famille bonjour
merci sourire voyage vacances camping chemin route pont tour ville village port phare moulin ferme grange
tracteur robot galaxie pirate dragon licorne lutin sorcier clown roi reine prince plume
petit grand joli rapide calme doux fort vif gentil malin brave sage super mignon rigolo heureux curieux
joyeux chaud froid
balcon cabane tente igloo kayak voile ancre rame surf luge patin roller
orchestre flocon cerceau toupie puzzle domino billard bowling
cookie muffin crumble fondue raclette omelette tartine baguette croque salami
nougat caramel praline meringue sorbet vanille
tigresse lionne louve ourson renarde
poivre sel basilic thym laurier romarin sauge ciboule
atlas globe boussole carte radar phare
zoo parc square stade piscine gymnase
`
  .split(/\s+/)
  .filter((w, i, all) => /^[a-z]{3,8}$/.test(w) && all.indexOf(w) === i);
