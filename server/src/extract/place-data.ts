/**
 * A small multilingual gazetteer, written as rows "English name|CODE|other name|…" separated by
 * ";" or line breaks. Each row starts with the English name the profile uses; upper-case entries are
 * codes, the rest are names in other languages. Names are matched accent- and case-insensitively.
 */

/** Splits a table of rows into their entries. */
export function rows(table: string): string[][] {
  return table
    .split(/[;\n]/)
    .map((row) => row.trim())
    .filter((row) => row !== "")
    .map((row) => row.split("|").map((entry) => entry.trim()));
}

/** Countries: English name, ISO codes, then names in German, French, Italian, Spanish, Dutch and the local language. */
export const COUNTRIES = `
Germany|DE|DEU|Deutschland|Allemagne|Germania|Alemania|Duitsland|Niemcy|Federal Republic of Germany
Switzerland|CH|CHE|Schweiz|Suisse|Svizzera|Suiza|Zwitserland|Confoederatio Helvetica
Austria|AT|AUT|Österreich|Autriche|Austria|Oostenrijk
France|FR|FRA|Frankreich|Francia|Frankrijk
Netherlands|NL|NLD|The Netherlands|Nederland|Niederlande|Pays-Bas|Paesi Bassi|Países Bajos|Holland
Belgium|BE|BEL|Belgien|Belgique|België|Belgio|Bélgica
Luxembourg|LU|LUX|Luxemburg|Lussemburgo|Luxemburgo
Liechtenstein|LI|LIE
United Kingdom|GB|GBR|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Vereinigtes Königreich|Großbritannien|Royaume-Uni|Regno Unito|Reino Unido
Ireland|IE|IRL|Irland|Irlande|Irlanda|Éire|Republic of Ireland
Italy|IT|ITA|Italien|Italie|Italia
Spain|ES|ESP|Spanien|Espagne|Spagna|España
Portugal|PT|PRT|Portogallo
Denmark|DK|DNK|Dänemark|Danemark|Danimarca|Dinamarca|Danmark
Sweden|SE|SWE|Schweden|Suède|Svezia|Suecia|Sverige
Norway|NO|NOR|Norwegen|Norvège|Norvegia|Noruega|Norge
Finland|FI|FIN|Finnland|Finlande|Finlandia|Suomi
Iceland|IS|ISL|Island|Islande|Islanda|Islandia
Poland|PL|POL|Polen|Pologne|Polonia|Polska
Czechia|CZ|CZE|Czech Republic|Tschechien|Tschechische Republik|République tchèque|Tchéquie|Česko
Slovakia|SK|SVK|Slowakei|Slovaquie|Slovacchia|Eslovaquia|Slovensko
Hungary|HU|HUN|Ungarn|Hongrie|Ungheria|Hungría|Magyarország
Slovenia|SI|SVN|Slowenien|Slovénie|Eslovenia|Slovenija
Croatia|HR|HRV|Kroatien|Croatie|Croazia|Croacia|Hrvatska
Serbia|RS|SRB|Serbien|Serbie|Srbija
Romania|RO|ROU|Rumänien|Roumanie|Rumania|România
Bulgaria|BG|BGR|Bulgarien|Bulgarie|България
Greece|GR|GRC|Griechenland|Grèce|Grecia|Ελλάδα|Hellas
Estonia|EE|EST|Estland|Estonie|Eesti
Latvia|LV|LVA|Lettland|Lettonie|Lettonia|Letonia|Latvija
Lithuania|LT|LTU|Litauen|Lituanie|Lituania|Lietuva
Ukraine|UA|UKR|Ucraina|Ucrania|Україна
Turkey|TR|TUR|Türkiye|Türkei|Turquie|Turchia|Turquía
Malta|MT|MLT
Cyprus|CY|CYP|Zypern|Chypre|Cipro|Chipre
Monaco|MC|MCO
United States|US|USA|U.S.|U.S.A.|United States of America|Vereinigte Staaten|États-Unis|Stati Uniti|Estados Unidos
Canada|CA|CAN|Kanada
Mexico|MX|MEX|Mexiko|Mexique|Messico|México
Brazil|BR|BRA|Brasilien|Brésil|Brasile|Brasil
Israel|IL|ISR|Israël|Israele
United Arab Emirates|AE|ARE|UAE|Vereinigte Arabische Emirate|Émirats arabes unis
India|IN|IND|Indien|Inde
Singapore|SG|SGP|Singapur|Singapour
Japan|JP|JPN|Japon|Giappone|Japón
China|CN|CHN|Chine|Cina
Hong Kong|HK|HKG|Hongkong
Australia|AU|AUS|Australien|Australie
New Zealand|NZ|NZL|Neuseeland|Nouvelle-Zélande|Nuova Zelanda|Nueva Zelanda
South Africa|ZA|ZAF|Südafrika|Afrique du Sud|Sudafrica|Sudáfrica
`;

/** Cities whose country is beyond doubt: English name, country, then local and foreign names. */
export const CITIES = `
Munich|Germany|München|Muenchen|Munchen|Monaco di Baviera|Múnich; Cologne|Germany|Köln|Koeln|Colonia|Keulen;
Nuremberg|Germany|Nürnberg|Nuernberg|Nuremberga;
Frankfurt|Germany|Frankfurt am Main|Frankfurt a. M.|Frankfurt a.M.|Francfort|Francoforte;
Düsseldorf|Germany|Duesseldorf|Dusseldorf; Hanover|Germany|Hannover|Hanovre; Berlin|Germany|Berlino|Berlín;
Hamburg|Germany|Hambourg|Amburgo|Hamburgo; Stuttgart|Germany; Leipzig|Germany|Lipsia; Dresden|Germany|Dresde;
Bremen|Germany; Karlsruhe|Germany; Mannheim|Germany; Heidelberg|Germany; Bonn|Germany; Essen|Germany;
Dortmund|Germany; Aachen|Germany|Aix-la-Chapelle; Ingolstadt|Germany; Augsburg|Germany; Regensburg|Germany;
Darmstadt|Germany; Potsdam|Germany; Wiesbaden|Germany; Mainz|Germany|Mayence;
Zurich|Switzerland|Zürich|Zuerich|Zurigo|Zúrich; Geneva|Switzerland|Genève|Geneve|Genf|Ginevra|Ginebra;
Basel|Switzerland|Bâle|Basilea|Basle; Bern|Switzerland|Berne|Berna; Lausanne|Switzerland|Losanna;
Lucerne|Switzerland|Luzern|Lucerna; Lugano|Switzerland; Winterthur|Switzerland; Zug|Switzerland|Zoug|Zugo;
St. Gallen|Switzerland|St Gallen|Sankt Gallen|Saint-Gall|San Gallo; Neuchâtel|Switzerland|Neuenburg;
Fribourg|Switzerland|Freiburg im Üechtland; Biel/Bienne|Switzerland|Biel|Bienne;
Schaffhausen|Switzerland|Schaffhouse; Vienna|Austria|Wien|Vienne|Vienna|Viena; Graz|Austria; Linz|Austria;
Salzburg|Austria|Salzbourg|Salisburgo; Innsbruck|Austria; Paris|France|Parigi|París; Lyon|France|Lione;
Marseille|France|Marsiglia|Marsella; Toulouse|France|Tolosa; Nantes|France; Strasbourg|France|Straßburg|Strassburg;
Bordeaux|France; Lille|France; Montpellier|France; Rennes|France; Grenoble|France; Nice|France|Nizza;
Sophia Antipolis|France; Amsterdam|Netherlands; Rotterdam|Netherlands; Utrecht|Netherlands; Eindhoven|Netherlands;
The Hague|Netherlands|Den Haag|'s-Gravenhage|La Haye|Den Haag; Delft|Netherlands; Leiden|Netherlands;
Brussels|Belgium|Bruxelles|Brussel|Brüssel|Bruselas|Bruxelas; Antwerp|Belgium|Antwerpen|Anvers|Anversa|Amberes;
Ghent|Belgium|Gent|Gand; Leuven|Belgium|Louvain; London|United Kingdom|Londres|Londra; Manchester|United Kingdom;
Edinburgh|United Kingdom|Édimbourg|Edimburgo; Oxford|United Kingdom; Bristol|United Kingdom; Glasgow|United Kingdom;
Leeds|United Kingdom; Dublin|Ireland|Dublino|Dublín; Cork|Ireland; Milan|Italy|Milano|Mailand|Milán;
Rome|Italy|Roma|Rom; Turin|Italy|Torino; Florence|Italy|Firenze|Florenz|Florencia;
Naples|Italy|Napoli|Neapel|Nápoles; Bologna|Italy; Madrid|Spain; Barcelona|Spain|Barcelone;
Seville|Spain|Sevilla|Séville; Bilbao|Spain; Málaga|Spain|Malaga; Lisbon|Portugal|Lisboa|Lissabon|Lisbonne|Lisbona;
Porto|Portugal|Oporto; Copenhagen|Denmark|København|Kobenhavn|Kopenhagen|Copenhague|Copenaghen; Aarhus|Denmark|Århus;
Stockholm|Sweden|Stoccolma|Estocolmo; Gothenburg|Sweden|Göteborg|Goteborg; Malmö|Sweden|Malmo; Oslo|Norway;
Helsinki|Finland|Helsingfors; Espoo|Finland; Reykjavik|Iceland|Reykjavík;
Warsaw|Poland|Warszawa|Warschau|Varsovie|Varsavia|Varsovia; Kraków|Poland|Krakow|Krakau|Cracovie|Cracovia;
Wrocław|Poland|Wroclaw|Breslau; Gdańsk|Poland|Gdansk|Danzig; Poznań|Poland|Poznan|Posen;
Prague|Czechia|Praha|Prag|Praga; Brno|Czechia|Brünn; Bratislava|Slovakia|Pressburg; Budapest|Hungary;
Ljubljana|Slovenia|Laibach; Zagreb|Croatia; Belgrade|Serbia|Beograd|Belgrad|Belgrado;
Bucharest|Romania|București|Bukarest|Bucarest; Sofia|Bulgaria; Athens|Greece|Athen|Athènes|Atene|Atenas|Athína;
Tallinn|Estonia; Riga|Latvia; Vilnius|Lithuania|Wilna; Kyiv|Ukraine|Kiev|Kiew; Istanbul|Turkey|İstanbul;
Tel Aviv|Israel|Tel Aviv-Yafo; Dubai|United Arab Emirates; New York|United States|New York City|NYC;
San Francisco|United States; Seattle|United States; Boston|United States; Chicago|United States;
Los Angeles|United States; Denver|United States; Toronto|Canada; Montreal|Canada|Montréal; Vancouver|Canada;
Bangalore|India|Bengaluru; Singapore|Singapore|Singapur|Singapour; Tokyo|Japan|Tokio; Sydney|Australia;
Melbourne|Australia
`;

/** Regions (states, cantons, Länder) by country: code (if any) and names. */
export const REGIONS: Readonly<Record<string, string>> = {
  Switzerland: `
    ZH|Zürich|Zurich; BE|Bern|Berne; LU|Luzern|Lucerne; UR|Uri; SZ|Schwyz; OW|Obwalden; NW|Nidwalden; GL|Glarus;
    ZG|Zug; FR|Fribourg|Freiburg; SO|Solothurn|Soleure; BS|Basel-Stadt|Bâle-Ville; BL|Basel-Landschaft|Bâle-Campagne;
    SH|Schaffhausen; AR|Appenzell Ausserrhoden; AI|Appenzell Innerrhoden; SG|St. Gallen|Saint-Gall;
    GR|Graubünden|Grisons; AG|Aargau|Argovie; TG|Thurgau|Thurgovie; TI|Ticino|Tessin; VD|Vaud|Waadt;
    VS|Valais|Wallis; NE|Neuchâtel|Neuenburg; GE|Genève|Geneva|Genf; JU|Jura
  `,
  Germany: `
    BW|Baden-Württemberg; BY|Bayern|Bavaria|Bavière; BE|Berlin; BB|Brandenburg; HB|Bremen; HH|Hamburg;
    HE|Hessen|Hesse; MV|Mecklenburg-Vorpommern; NI|Niedersachsen|Lower Saxony;
    NW|Nordrhein-Westfalen|North Rhine-Westphalia|NRW; RP|Rheinland-Pfalz|Rhineland-Palatinate; SL|Saarland;
    SN|Sachsen|Saxony; ST|Sachsen-Anhalt|Saxony-Anhalt; SH|Schleswig-Holstein; TH|Thüringen|Thuringia
  `,
  Austria: `
    Wien; Niederösterreich|Lower Austria; Oberösterreich|Upper Austria; Steiermark|Styria; Tirol|Tyrol;
    Kärnten|Carinthia; Salzburg; Vorarlberg; Burgenland
  `,
  France: `
    Île-de-France; Auvergne-Rhône-Alpes; Provence-Alpes-Côte d'Azur; Occitanie; Nouvelle-Aquitaine; Hauts-de-France;
    Grand Est; Bretagne|Brittany; Normandie|Normandy; Pays de la Loire
  `,
  Netherlands: `
    Noord-Holland|North Holland; Zuid-Holland|South Holland; Noord-Brabant|North Brabant
  `,
  "United States": `
    AL|Alabama; AK|Alaska; AZ|Arizona; AR|Arkansas; CA|California; CO|Colorado; CT|Connecticut; DE|Delaware;
    DC|District of Columbia; FL|Florida; GA; HI|Hawaii; ID|Idaho; IL|Illinois; IN|Indiana; IA|Iowa; KS|Kansas;
    KY|Kentucky; LA|Louisiana; ME|Maine; MD|Maryland; MA|Massachusetts; MI|Michigan; MN|Minnesota; MS|Mississippi;
    MO|Missouri; MT|Montana; NE|Nebraska; NV|Nevada; NH|New Hampshire; NJ|New Jersey; NM|New Mexico; NY;
    NC|North Carolina; ND|North Dakota; OH|Ohio; OK|Oklahoma; OR|Oregon; PA|Pennsylvania; RI|Rhode Island;
    SC|South Carolina; SD|South Dakota; TN|Tennessee; TX|Texas; UT|Utah; VT|Vermont; VA|Virginia; WA;
    WV|West Virginia; WI|Wisconsin; WY|Wyoming
  `,
  Canada: `
    ON|Ontario; QC|Quebec|Québec; BC|British Columbia; AB|Alberta; MB|Manitoba; SK|Saskatchewan; NS|Nova Scotia;
    NB|New Brunswick
  `,
};
