package io.customsreview.hub.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic normalisation of goods descriptions before any similarity is measured: case, accents, punctuation,
 * sizes ({@code 14"} = {@code 14 inch}), plurals, trade abbreviations, and a small lexicon of everyday trade words in
 * French, Spanish and German mapped to English (the embedding model only knows English well).
 */
final class GoodsText {

    /** phrases rewritten before tokenising, in order; the right-hand side is already canonical */
    private static final Map<Pattern, String> PHRASES = new LinkedHashMap<>();
    /** single words mapped to one canonical English word (plural forms are singularised first) */
    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Set<String> STOP_WORDS = Set.of("of", "for", "and", "with", "the", "a", "an", "in", "on",
            "to", "as", "per", "by", "from", "made", "new", "brand", "assorted", "various", "pcs", "pc", "piece",
            "pieces", "unit", "units", "item", "items", "goods", "model", "type", "no", "nos", "qty", "style", "art",
            "de", "du", "des", "la", "le", "les", "en", "pour", "avec", "et", "d", "l", "un", "une", "y", "para",
            "con", "el", "los", "las", "del", "sin", "fur", "mit", "und", "aus", "der", "die", "das", "von", "fuer",
            "ein", "eine", "stuck", "stk", "ea", "each", "other", "non", "otherwise", "specified", "nes",
            "etc", "approx", "ref", "size", "color", "colour");

    /** nouns that name a kind of goods: two descriptions naming only different kinds describe different goods */
    static final Set<String> KINDS = Set.of("laptop", "tablet", "desktop", "smartphone", "phone", "monitor",
            "printer", "keyboard", "mouse", "dockingstation", "charger", "battery", "cable", "headphone", "speaker",
            "camera", "tv", "router", "server", "harddisk", "memory", "shirt", "tshirt", "polo", "yarn", "fabric",
            "trousers", "jeans", "dress", "skirt", "sweater", "jacket", "coat", "sock", "glove", "underwear", "shoe",
            "boot", "sandal", "bag", "handbag", "shrimp", "fish", "salmon", "tuna", "beef", "pork", "chicken",
            "rice", "wheat", "maize", "sugar", "flour", "coffee", "tea", "cocoa", "wine", "beer", "juice", "milk",
            "cheese", "butter", "oil", "apple", "banana", "orange", "grape", "tomato", "potato", "onion", "bicycle",
            "car", "tyre", "motor", "pump", "valve", "bearing", "screw", "bolt", "nut", "pipe", "wire", "sheet",
            "furniture", "chair", "table", "sofa", "bed", "toy", "doll", "lamp", "refrigerator", "washingmachine",
            "airconditioner", "fan", "panel", "inverter", "medicine", "cosmetic", "soap", "shampoo", "perfume",
            "watch", "jewellery", "paper", "cardboard", "glassware", "bottle", "cement", "fertilizer", "steel",
            "aluminium", "copper", "timber", "plywood", "tile", "towel", "blanket", "curtain", "carpet", "umbrella",
            "vacuumcleaner", "microwave", "kettle", "blender", "drill", "saw", "hammer", "sparepart", "accessory",
            "computer", "machine", "garment", "clothing", "food", "seafood", "vegetable", "fruit", "meat",
            "electronics", "footwear", "textile", "tool", "appliance", "solarpanel", "cup", "plate", "knife",
            "spoon", "pen", "book", "helmet", "tent", "mask", "syringe", "diaper",
            "hairdryer", "printerink", "toner", "nail", "chain", "hose", "filter", "engine", "gearbox", "brake", "pear",
            "sardine", "shorts", "belt", "scissors", "blazer", "suit", "raisin", "date", "ssd", "driver", "switch",
            "eyeglasses", "sunglass", "scooter",
            // kinds named by the trade words a shipment lists, so that a shared HS code cannot make a power supply
            // the same goods as a dinner set
            "tableware", "cookware", "powersupply", "suitcase", "bookshelf", "box", "bracket");

    /** umbrella kinds: a summary word covering narrower kinds ("electronics" covers a laptop) */
    static final Map<String, Set<String>> UMBRELLAS = Map.ofEntries(
            Map.entry("computer", Set.of("laptop", "tablet", "desktop", "server")),
            Map.entry("electronics", Set.of("laptop", "tablet", "desktop", "smartphone", "phone", "monitor", "printer",
                    "keyboard", "mouse", "dockingstation", "charger", "battery", "cable", "headphone", "speaker",
                    "camera", "tv", "router", "computer", "accessory")),
            Map.entry("garment", Set.of("shirt", "tshirt", "polo", "trousers", "jeans", "dress", "skirt", "sweater",
                    "jacket", "coat", "sock", "underwear", "clothing")),
            Map.entry("clothing", Set.of("shirt", "tshirt", "polo", "trousers", "jeans", "dress", "skirt", "sweater",
                    "jacket", "coat", "sock", "underwear", "garment")),
            Map.entry("seafood", Set.of("shrimp", "fish", "salmon", "tuna")),
            Map.entry("fish", Set.of("salmon", "tuna")),
            Map.entry("meat", Set.of("beef", "pork", "chicken")),
            Map.entry("fruit", Set.of("apple", "banana", "orange", "grape")),
            Map.entry("vegetable", Set.of("tomato", "potato", "onion")),
            Map.entry("footwear", Set.of("shoe", "boot", "sandal")),
            Map.entry("furniture", Set.of("chair", "table", "sofa", "bed")),
            Map.entry("accessory", Set.of("mouse", "keyboard", "charger", "cable", "dockingstation", "bag", "battery",
                    "headphone")),
            Map.entry("appliance", Set.of("refrigerator", "washingmachine", "airconditioner", "fan", "microwave",
                    "kettle",
                    "blender", "vacuumcleaner", "hairdryer")),
            Map.entry("bag", Set.of("handbag")),
            Map.entry("textile", Set.of("fabric", "yarn", "towel", "blanket", "curtain")));

    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(\"|''|”|-?inch(?:es)?\\b|-?in\\b|cm\\b|mm\\b|kg\\b|kgs\\b|g\\b|ml\\b|"
                    + "l\\b|ltr\\b|litres?\\b|liters?\\b|"
                    + "w\\b|v\\b|mah\\b|gb\\b|tb\\b|mb\\b|hz\\b|ghz\\b|m\\b)");

    static {
        phrase("t[ -]?shirts?|tee[ -]?shirts?|tees\\b|camisetas?|tricots? de peau", "tshirt");
        phrase("polo[ -]?shirts?|polos\\b", "polo");
        phrase("\\bmen'?s\\b|\\bmens\\b|\\bfor men\\b|\\bgents?\\b|\\bmale\\b|\\bhommes?\\b|\\bhombres?\\b|\\bherren\\b"
                + "|\\bcaballeros?\\b", "men");
        phrase("\\bwomen'?s\\b|\\bwomens\\b|\\bladies'?\\b|\\blady'?s\\b|\\bfemale\\b|\\bfemmes?\\b|\\bmujer(es)?\\b"
                + "|\\bdamen\\b|\\bsenoras?\\b", "women");
        phrase("\\bkids'?\\b|\\bchildren'?s?\\b|\\benfants?\\b|\\bninos?\\b|\\bkinder\\b|\\binfantil\\b", "child");
        phrase("ordinateurs? portables?|computadoras? portatil(es)?|ordenador(es)? portatil(es)?|"
                + "tragbare[rn]? computer|notebook[ -]?(computers?|pcs?)|portable (notebook )?(computers?|pcs?)|"
                + "laptop[ -]?(computers?|pcs?)|laptops?|notebooks?\\b(?! paper)|portatil(es)?", "laptop");
        phrase("tablet[ -]?(computers?|pcs?)|tablettes? (tactiles?)?|tabletas?\\b|tablets?\\b", "tablet");
        phrase("desktop[ -]?(computers?|pcs?)|ordinateurs? de bureau|computadoras? de escritorio", "desktop");
        phrase("automatic data[ -]processing machines?|adp machines?|machines automatiques de traitement de "
                + "l'information|maquinas automaticas para tratamiento de datos|datenverarbeitungsmaschinen",
                        "computer");
        phrase("personal computers?|ordinateurs?|computadoras?|ordenador(es)?|rechner\\b", "computer");
        phrase("docking[ -]stations?|port[ -]replicators?|docks? (usb|station)|stations? d'accueil|"
                + "estaciones? de acoplamiento|dockingstations?", "dockingstation");
        phrase("mobile[ -]?phones?|cell(ular)?[ -]?(tele)?phones?|smart[ -]?phones?|telephones? portables?|"
                + "telefonos? moviles?|telefonos? celulares?|handys?\\b|mobiltelefone?|smartphones?", "smartphone");
        phrase("head[ -]?phones?|ear[ -]?phones?|earbuds?|head[ -]?sets?|ecouteurs?|auriculares?|kopfhorer",
                "headphone");
        phrase("usb[ -]?c\\b", "usbc");
        phrase("solid[ -]state (disk |hard )?drives?|ssds?\\b", "ssd");
        phrase("washing machines?|lave[ -]linges?|lavadoras?|waschmaschinen?", "washingmachine");
        phrase("air[ -]?conditioners?|air conditioning units?|\\bac units?\\b|climatiseurs?|aires? acondicionados?|klimaanlagen?|"
                + "klimagerate?", "airconditioner");
        phrase("vacuum cleaners?|aspirateurs?|aspiradoras?|staubsauger", "vacuumcleaner");
        phrase("hair ?dryers?|seche[ -]cheveux|secadores? de pelo|haartrockner|fohn", "hairdryer");
        phrase("microwave ovens?|micro[ -]ondes|microondas|mikrowellen?", "microwave");
        phrase("solar (pv )?panels?|photovoltaic (solar )?modules?|pv modules?|solar modules?|panneaux? solaires?|"
                + "paneles? solares?|solarmodule?|solarpaneele?", "solarpanel");
        phrase("spare parts?|replacement parts?|pieces? detachees?|pieces? de rechange|repuestos?|"
                + "piezas? de repuesto|ersatzteile?", "sparepart");
        phrase("stainless steel|acier inoxydable|acero inoxidable|edelstahl|rostfreie[rs]? stahl", "stainless steel");
        phrase("sea ?food|fruits de mer|mariscos|meeresfruchte", "seafood");
        phrase("frozen|congele(e)?s?|congelad[oa]s?|gefroren(e|en)?|tiefgekuhlt(e|en)?|surgele(e)?s?", "frozen");
        phrase("foot ?wear|calzado|chaussures?|schuhwerk", "footwear");
        phrase("sneakers?|trainers?|running shoes?|sports? shoes?|zapatillas?|turnschuhe?", "shoe");
        phrase("trousers?|pants\\b|slacks|pantalons?|pantalones?|hosen\\b", "trousers");
        phrase("sweaters?|jumpers?|pullovers?|jerseys?|pulls?\\b|jerseis|sueteres?|sueter", "sweater");
        phrase("sun ?glasses|lunettes de soleil|gafas de sol|sonnenbrillen?", "sunglass");
        phrase("eye ?glasses|spectacles|lunettes|gafas|brillen?", "eyeglasses");
        phrase("refrigerators?|fridges?|refrigerateurs?|refrigeradores?|frigorifico|kuhlschranke?", "refrigerator");
        phrase("olive oil|huile d'olive|aceite de oliva|olivenol", "olive oil");
        phrase("red wine|vin rouge|vino tinto|rotwein", "red wine");
        phrase("white wine|vin blanc|vino blanco|weisswein", "white wine");
        phrase("hard ?dis[ck] drives?|hdds?\\b|disques? durs?|discos? duros?|festplatten?", "harddisk");
        phrase("ball bearings?|roulements? a billes|rodamientos? de bolas|kugellager", "bearing");
        phrase("motor vehicles?|passenger cars?|automobiles?|voitures?|coches?|autos?\\b|pkw", "car");
        phrase("\\btvs?\\b|televisions?|televiseurs?|televisores?|fernseher|fernsehgerate?", "tv");
        phrase("bicycles?|bikes?\\b|velos?\\b|bicicletas?|fahrrader|fahrrad", "bicycle");
        // "fil de cuivre" is copper wire, "fil de coton" cotton yarn: a thread of metal is a wire
        phrase("(?:fils?|hilos?)(?= (?:de |d'|en )?(?:cuivre|acier|aluminium|fer|cobre|acero|aluminio|hierro)\\b)",
                "wire");
        phrase("\\bknit(ted)?\\b|\\btricot(e|es)?\\b|de punto|gestrickt(e|en)?|strick", "knitted");

        words("laptop", "portatil");
        words("shirt", "chemise", "camisa", "hemd", "hemden", "blouse", "blusa", "bluse");
        words("cotton", "coton", "algodon", "baumwolle", "baumwoll");
        words("wool", "laine", "lana", "wolle", "woollen", "woolen");
        words("silk", "soie", "seda", "seide");
        words("polyester", "poliester");
        words("leather", "cuir", "cuero", "leder");
        words("yarn", "fil", "fils", "hilo", "hilado", "garn", "thread");
        words("fabric", "tissu", "tejido", "tela", "stoff", "gewebe", "cloth");
        words("shoe", "zapato", "schuh", "schuhe", "chaussure");
        words("boot", "botte", "bota", "stiefel");
        words("bag", "sac", "bolso", "bolsa", "tasche", "taschen");
        phrase("sacs? a main|bolsos? de mano|handtaschen?", "handbag");
        words("handbag", "purse");
        words("shrimp", "prawn", "crevette", "camaron", "camarone", "gamba", "garnele", "garnelen", "langostino");
        words("fish", "poisson", "pescado", "pez", "fisch");
        words("salmon", "saumon", "lachs");
        words("tuna", "thon", "atun", "thunfisch");
        words("beef", "boeuf", "bovine", "res", "vacuno", "rind", "rindfleisch");
        words("pork", "porc", "cerdo", "schwein", "schweinefleisch");
        words("chicken", "poulet", "pollo", "huhn", "hahnchen", "poultry", "volaille");
        words("meat", "viande", "carne", "fleisch");
        words("rice", "riz", "arroz", "reis");
        words("wheat", "ble", "trigo", "weizen");
        words("maize", "corn", "mais", "maiz");
        words("sugar", "sucre", "azucar", "zucker");
        words("flour", "farine", "harina", "mehl");
        words("coffee", "cafe", "kaffee");
        words("cocoa", "cacao", "kakao");
        words("wine", "vin", "vino", "wein");
        words("beer", "biere", "cerveza", "bier");
        words("juice", "jus", "zumo", "jugo", "saft");
        words("milk", "lait", "leche", "milch");
        words("cheese", "fromage", "queso", "kase");
        words("butter", "beurre", "mantequilla");
        words("oil", "huile", "aceite", "ol");
        words("olive", "oliva", "oliven");
        words("apple", "pomme", "manzana", "apfel", "apfeln");
        words("banana", "banane", "platano", "bananen");
        words("orange", "naranja", "orangen");
        words("grape", "uva", "traube", "trauben");
        words("tomato", "tomatoe", "tomate", "tomaten");
        words("potato", "potatoe", "pomme de terre", "patata", "papa", "kartoffel", "kartoffeln");
        words("onion", "oignon", "cebolla", "zwiebel", "zwiebeln");
        words("fruit", "fruta", "obst", "frucht", "fruchte");
        words("vegetable", "legume", "verdura", "hortaliza", "gemuse");
        words("steel", "acier", "acero", "stahl");
        words("aluminium", "aluminum", "aluminio", "alu");
        words("copper", "cuivre", "cobre", "kupfer");
        words("iron", "fer", "hierro", "eisen");
        words("pipe", "tube", "tuyau", "tubo", "tuberia", "rohr", "rohre");
        words("screw", "vis", "tornillo", "schraube", "schrauben");
        words("bolt", "boulon", "perno", "bolzen");
        words("wire", "cable", "kabel", "draht", "alambre");
        words("sheet", "plate", "tole", "chapa", "lamina", "blech");
        words("furniture", "meuble", "mueble", "mobel", "moebel");
        words("chair", "chaise", "silla", "stuhl", "stuhle");
        words("table", "mesa", "tisch");
        words("sofa", "couch", "canape", "settee");
        words("toy", "jouet", "juguete", "spielzeug", "spielwaren");
        words("doll", "poupee", "muneca", "puppe");
        words("lamp", "lampe", "lampara", "luminaire", "leuchte");
        // a light of a kind named ("LED panel light", "flood light") is a lamp; "light" alone may be a weight's
        phrase("(?<=(?:led|panel|ceiling|wall|flood|street|desk|table|pendant|bulb) )lights?", "lamp");
        words("tyre", "tire", "pneu", "pneumatique", "neumatico", "llanta", "reifen");
        words("motor", "moteur", "elektromotor");
        words("engine", "moteur thermique");
        words("pump", "pompe", "bomba", "pumpe", "pumpen");
        words("valve", "vanne", "valvula", "ventil", "ventile");
        words("bearing", "roulement", "rodamiento");
        words("machine", "maquina", "maschine", "maschinen", "machinery");
        words("battery", "batterie", "bateria", "akku");
        words("charger", "chargeur", "cargador", "ladegerat", "adapter", "adaptor");
        words("monitor", "ecran", "pantalla", "bildschirm", "display");
        words("keyboard", "clavier", "teclado", "tastatur");
        words("mouse", "souris", "raton", "maus", "mice");
        words("printer", "imprimante", "impresora", "drucker");
        words("speaker", "enceinte", "altavoz", "lautsprecher", "loudspeaker");
        phrase("appareils? photos?", "camera");
        words("camera", "camara", "kamera");
        words("digital", "numerique", "digitale");
        words("watch", "montre", "reloj", "armbanduhr", "wristwatch");
        words("jewellery", "jewelry", "bijou", "bijoux", "joya", "joyeria", "schmuck");
        words("paper", "papier", "papel");
        words("cardboard", "carton", "karton", "pappe", "cartón");
        words("wood", "bois", "madera", "holz", "wooden");
        words("timber", "lumber", "sawn", "bauholz");
        words("glass", "verre", "vidrio", "glas");
        words("bottle", "bouteille", "botella", "flasche", "flaschen");
        words("plastic", "plastique", "plastico", "kunststoff");
        words("rubber", "caoutchouc", "caucho", "gummi");
        words("medicine", "medicament", "medicamento", "arzneimittel", "drug", "pharmaceutical");
        words("cosmetic", "cosmetique", "cosmetico", "kosmetik");
        words("soap", "savon", "jabon", "seife");
        words("shampoo", "shampooing", "champu");
        words("perfume", "parfum", "perfum");
        words("fertilizer", "fertiliser", "engrais", "fertilizante", "abono", "dunger", "dungemittel");
        words("cement", "ciment", "cemento", "zement");
        words("tile", "carreau", "carrelage", "azulejo", "baldosa", "fliese", "fliesen");
        words("towel", "serviette", "toalla", "handtuch", "handtucher");
        words("blanket", "couverture", "manta", "decke");
        words("carpet", "tapis", "alfombra", "teppich", "rug");
        words("curtain", "rideau", "cortina", "vorhang");
        words("umbrella", "parapluie", "paraguas", "regenschirm");
        words("jacket", "veste", "chaqueta", "jacke", "blouson", "anorak", "parka", "windbreaker");
        words("coat", "manteau", "abrigo", "mantel", "overcoat");
        words("dress", "robe", "vestido", "kleid", "kleider");
        words("skirt", "jupe", "falda");
        words("sock", "chaussette", "calcetin", "socke", "socken", "hosiery");
        words("glove", "gant", "guante", "handschuh", "handschuhe");
        words("underwear", "sous-vetement", "ropa interior", "unterwasche", "lingerie");
        words("jeans", "jean", "denim trousers");
        words("clothing", "vetement", "ropa", "bekleidung", "kleidung", "apparel", "wear");
        words("garment", "prenda", "confeccion");
        words("accessory", "accessoire", "accesorio", "zubehor", "peripheral");
        words("tool", "outil", "herramienta", "werkzeug", "werkzeuge");
        words("drill", "perceuse", "taladro", "bohrmaschine");
        words("hammer", "marteau", "martillo");
        words("tea", "the", "te");
        words("phone", "telephone", "telefono", "telefon");
        words("kettle", "bouilloire", "hervidor", "wasserkocher");
        words("blender", "mixeur", "licuadora", "mixer");
        words("fan", "ventilateur", "ventilador", "ventilator");
        words("inverter", "onduleur", "inversor", "wechselrichter");
        words("helmet", "casque", "casco", "helm");
        words("tent", "tente", "tienda de campana", "zelt");
        words("mask", "masque", "mascarilla", "maske");
        words("book", "livre", "libro", "buch");
        words("electronics", "electronique", "electronica", "elektronik", "electronic");
        words("appliance", "electromenager", "electrodomestico", "haushaltsgerat", "haushaltsgerate");
        words("food", "aliment", "alimento", "lebensmittel", "foodstuff");
        words("textile", "textil", "textiles");
        words("red", "rouge", "rojo", "tinto", "rot", "rote");
        words("white", "blanc", "blanche", "blanco", "blanca", "weiss", "weisse");
        words("black", "noir", "noire", "negro", "negra", "schwarz");
        words("blue", "bleu", "azul", "blau");
        words("green", "vert", "verde", "grun");
        words("dried", "seche", "secos", "seco", "getrocknet");
        words("fresh", "frais", "fraiche", "fresco", "frisch");
        words("wireless", "sans fil", "inalambrico", "kabellos", "bluetooth", "cordless");
        words("electric", "electrique", "electrico", "elektrisch", "elektro");
        words("kitchen", "cuisine", "cocina", "kuche");
        words("ceramic", "ceramique", "ceramica", "keramik", "porcelain", "porcelaine", "porzellan");
        words("car", "vehicle", "vehicule", "vehiculo", "fahrzeug");
        words("cup", "tasse", "taza", "mug");
        words("knife", "couteau", "cuchillo", "messer");
        words("men", "herren", "homme", "hombre", "caballero");
        words("women", "damen", "femme", "mujer", "dame");
        words("pear", "poire", "pera", "birne", "birnen");
        words("sardine", "sardina", "sardinen");
        words("shorts", "bermuda", "short");
        words("belt", "ceinture", "cinturon", "gurtel");
        words("scissors", "ciseaux", "tijeras", "schere", "scissor");
        words("date", "datte", "datil", "dattel", "dattelen");
        words("raisin", "sultana", "rosine", "rosinen");
        words("smartphone", "iphone");
        words("electric", "electrically", "electrical");
        words("dried", "sechee", "dry");
        words("switch", "commutateur", "conmutador", "switche");
        // trade synonyms: the same goods under another everyday name
        words("trousers", "jean", "jeans", "pants", "slacks");
        words("bookshelf", "bookcase", "bookshelve", "shelving", "shelf", "shelve");
        words("box", "container", "bin", "crate");
        words("suitcase", "luggage", "trolley case");
        words("powersupply", "power supply", "power adapter", "ac adapter", "psu");
        words("cover", "lid");
        words("plastic", "pp", "polypropylene", "pe", "polyethylene");
        words("headphone", "headset", "earphone");
        words("wifi", "wireless");
        words("tableware", "dinnerware", "dinner set", "crockery");
        words("memory", "ram");
        words("bracket", "mounting part", "mounting parts", "structure part", "structure parts", "structural part",
                "structural parts");
        // a word mapped to a canonical word that is itself another's synonym ("bluetooth" to "wireless", "wireless"
        // to "wifi") takes the last one: otherwise two synonyms of one word would stay two words
        WORDS.replaceAll((variant, canonical) -> {
            String word = canonical;
            for (int hops = 0; hops < 5 && !WORDS.getOrDefault(word, word).equals(word); hops++) {
                word = WORDS.get(word);
            }
            return word;
        });
    }

    private GoodsText() {
    }

    /** whether the lexicon knows {@code word} (canonical or as one of its variants) */
    static boolean known(String word) {
        return WORDS.containsKey(word);
    }

    /** the lexicon's single words */
    static Set<String> lexicon() {
        return java.util.Collections.unmodifiableSet(WORDS.keySet());
    }

    /** the canonical word of a lexicon word */
    static String canonical(String lexiconWord) {
        return WORDS.get(lexiconWord);
    }

    private static void phrase(String regex, String canonical) {
        PHRASES.put(Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])"), " " + canonical + " ");
    }

    private static void words(String canonical, String... variants) {
        WORDS.put(canonical, canonical);
        for (String variant : variants) {
            if (variant.contains(" ")) {
                phrase(Pattern.quote(variant), canonical);
            } else {
                WORDS.put(variant, canonical);
            }
        }
    }

    /** canonical content words of a description, in order, without repeats */
    static List<String> tokens(String description) {
        if (description == null) {
            return List.of();
        }
        String text = Normalizer.normalize(description, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace("&", " and ");
        text = sizes(text);
        text = text.replaceAll("[^a-z0-9'\"\\- ]", " ");
        for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
            text = phrase.getKey().matcher(text).replaceAll(phrase.getValue());
        }
        Set<String> result = new LinkedHashSet<>();
        for (String raw : text.split("[^a-z0-9]+")) {
            if (raw.isEmpty() || STOP_WORDS.contains(raw)) {
                continue;
            }
            String word = lookup(raw);
            if (word == null) {
                List<String> parts = compound(raw);
                if (parts != null) {
                    result.addAll(parts);
                    continue;
                }
                word = singular(raw);
            }
            if (!STOP_WORDS.contains(word)) {
                result.add(word);
            }
        }
        return new ArrayList<>(result);
    }

    /** the lexicon's word for {@code raw} or one of its plural-stripped forms, or null */
    private static String lookup(String raw) {
        String word = WORDS.get(raw);
        if (word == null && raw.length() > 3 && raw.endsWith("s")) {
            word = WORDS.get(raw.substring(0, raw.length() - 1));
            if (word == null && raw.endsWith("es")) {
                word = WORDS.get(raw.substring(0, raw.length() - 2));
            }
        }
        if (word == null) {
            word = WORDS.get(singular(raw));
        }
        return word;
    }

    /** German compounds of two lexicon words: Lederschuhe = leather + shoe, Herrenhemden = men + shirt */
    private static List<String> compound(String raw) {
        if (raw.length() < 8) {
            return null;
        }
        for (int i = 3; i <= raw.length() - 3; i++) {
            String head = lookup(raw.substring(i));
            String modifier = lookup(raw.substring(0, i));
            if (modifier == null && raw.charAt(i - 1) == 's') {
                modifier = lookup(raw.substring(0, i - 1)); // Fugen-s: Schweinsleder
            }
            if (head != null && modifier != null && !STOP_WORDS.contains(head) && !STOP_WORDS.contains(modifier)) {
                return List.of(modifier, head);
            }
        }
        return null;
    }

    /** the normalised description as one line, what the embedding model sees */
    static String normalise(String description) {
        return String.join(" ", tokens(description));
    }

    /** 14" / 14 inch / 14-inch → "14inch"; 500 ML → "500ml": a size is one word */
    private static String sizes(String text) {
        Matcher m = NUMBER_UNIT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String unit = m.group(2).replace("-", "");
            unit = switch (unit) {
                case "\"", "''", "”", "in", "inch", "inches" -> "inch";
                case "kgs" -> "kg";
                case "ltr", "litre", "litres", "liter", "liters" -> "l"; // "30 L" and "30 litre" are one size
                default -> unit;
            };
            m.appendReplacement(out, " " + m.group(1).replace(',', '.').replace(".", "p") + unit + " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    static String singular(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("zes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** the kinds of goods a description names, umbrellas included */
    static Set<String> kinds(List<String> tokens) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String token : tokens) {
            if (KINDS.contains(token)) {
                kinds.add(token);
            }
        }
        return kinds;
    }

    /** kinds that are materials: the goods themselves only where a description names no other kind */
    private static final Set<String> MATERIALS = Set.of("steel", "aluminium", "copper", "timber", "paper",
            "cardboard", "fabric");

    /**
     * true when some principal kind of one names or covers a kind of the other. A material is principal only where
     * nothing else is named: "steel" in "stainless steel cookware" and in "shoes with a steel toe" is no shared
     * kind, but "stainless steel tubes" shares one with "steel pipes".
     */
    static boolean kindsOverlap(Set<String> a, Set<String> b) {
        return anyShared(principal(a), b) || anyShared(a, principal(b));
    }

    private static Set<String> principal(Set<String> kinds) {
        Set<String> principal = new LinkedHashSet<>(kinds);
        principal.removeAll(MATERIALS);
        return principal.isEmpty() ? kinds : principal;
    }

    private static boolean anyShared(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || UMBRELLAS.getOrDefault(x, Set.of()).contains(y)
                        || UMBRELLAS.getOrDefault(y, Set.of()).contains(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** true when one word is an umbrella covering the other ("footwear" covers "shoe") */
    static boolean covers(String a, String b) {
        return UMBRELLAS.getOrDefault(a, Set.of()).contains(b) || UMBRELLAS.getOrDefault(b, Set.of()).contains(a);
    }

    /** size tokens such as 14inch, 500ml */
    static boolean isSize(String token) {
        return !token.isEmpty() && Character.isDigit(token.charAt(0)) && Character.isLetter(
                token.charAt(token.length() - 1));
    }
}
