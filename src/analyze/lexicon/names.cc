// analyze/lexicon/names.cc: given names, for telling a person's name from
// other capitalised words. Assembled by hand from common German, English,
// French, Italian, Spanish, Slavic (in German and English transliteration),
// Arabic and other first names that appear in news. Folded to lower case.
#include <string_view>
#include <unordered_set>

#include "analyze/lexicon.h"

namespace klartext::analyze {
namespace {

constexpr std::string_view kGivenNames[] = {
    // German
    "alexander", "andreas", "angela", "anna", "annalena", "armin", "bernd", "boris",
    "christian", "christine", "claudia", "daniel", "dieter", "dirk", "edmund", "elke",
    "frank", "friedrich", "gerhard", "gregor", "günter", "hans", "heiko", "heinz",
    "helmut", "horst", "hubertus", "jens", "joachim", "johann", "johannes", "jörg",
    "jürgen", "karl", "karin", "katja", "klaus", "kurt", "lars", "markus", "martin",
    "matthias", "michael", "nancy", "norbert", "olaf", "peter", "philipp", "ralf",
    "renate", "robert", "rolf", "sahra", "saskia", "sebastian", "sigmar", "stefan",
    "steffen", "stephan", "sven", "thomas", "thorsten", "tino", "ulrich", "ursula",
    "volker", "walter", "werner", "winfried", "wolfgang", "franz", "josef", "georg",
    "heinrich", "hermann", "otto", "paul", "uwe", "manfred", "rainer", "reinhard",
    "gabriele", "sabine", "susanne", "petra", "monika", "andrea", "julia", "lisa",
    "marie", "sarah", "hannah", "lena", "laura", "katharina", "christoph", "tobias",
    "florian", "tim", "jan", "jonas", "lukas", "felix", "max", "moritz", "kevin",
    "marco", "mario", "dietmar", "gerd", "hartmut", "kai", "torsten", "cem", "hubert",
    "svenja", "nils", "markus", "friedrich", "manuela", "malu", "franziska", "kristina",
    // English
    "donald", "joe", "joseph", "barack", "hillary", "bill", "william", "george",
    "john", "james", "robert", "mike", "michael", "mitt", "ted", "marco", "jeb",
    "ben", "bernie", "chris", "christopher", "rand", "carly", "rick", "scott", "paul",
    "john", "nancy", "mitch", "harry", "elizabeth", "kamala", "tim", "mark", "david",
    "richard", "charles", "thomas", "steven", "stephen", "kevin", "brian", "jeff",
    "jeffrey", "ronald", "jimmy", "gerald", "lyndon", "dwight", "franklin", "sarah",
    "jennifer", "jessica", "mary", "patricia", "linda", "barbara", "susan", "karen",
    "lisa", "emily", "emma", "olivia", "elon", "jack", "matt", "matthew", "andrew",
    "anthony", "tony", "peter", "eric", "jason", "ryan", "justin", "josh", "adam",
    "nick", "alex", "sam", "samuel", "dan", "daniel", "tom", "sean", "kelly", "megyn",
    "sean", "rush", "glenn", "bobby", "lindsey", "martin", "jim", "jay", "kasich",
    "marsha", "debbie", "loretta", "eric", "janet", "john", "valerie", "susan", "rahm",
    "ivanka", "melania", "jared", "mike", "marjorie", "kellyanne", "reince", "steve",
    "newt", "dick", "condoleezza", "colin", "madeleine", "al", "howard", "trey", "jason",
    // Russian, Ukrainian, Slavic (German and English spellings)
    "wladimir", "vladimir", "dmitri", "dmitry", "dmitrij", "kirill", "sergej",
    "sergei", "sergey", "alexej", "alexei", "alexey", "michail", "mikhail", "juri",
    "yuri", "boris", "iwan", "ivan", "nikolai", "andrej", "andrei", "andriy",
    "wolodymyr", "volodymyr", "witali", "vitali", "vitaly", "wladimir", "jewgeni",
    "yevgeny", "maria", "marija", "natalja", "olga", "julija", "yulia", "irina",
    "swetlana", "svetlana", "alexander", "oleksandr", "petro", "arseni", "arseniy",
    "dmytro", "anatoli", "walentina", "ramsan", "ramzan", "nikita", "lew", "leo",
    "igor", "oleg", "pawel", "pavel", "roman", "jaroslaw", "lech", "donald", "viktor",
    "milos", "aleksandar", "recep", "ilham", "nikol", "alexandr", "anatoly",
    // French, Italian, Spanish, Portuguese
    "emmanuel", "françois", "francois", "nicolas", "jacques", "marine", "jean",
    "pierre", "michel", "sergio", "giorgia", "matteo", "silvio", "mario", "giuseppe",
    "pedro", "pablo", "javier", "luis", "josé", "jose", "juan", "carlos", "jorge",
    "luiz", "inácio", "lula", "jair", "dilma", "gabriel", "antonio", "antónio",
    "ursula", "christine", "charles", "philippe", "olivier", "ségolène",
    // Arabic, Persian, Turkish, Hebrew, Asian
    "mohammed", "muhammad", "mohammad", "mahmud", "mahmoud", "ali", "hassan",
    "hussein", "ahmed", "ahmad", "abdullah", "baschar", "bashar", "ayatollah",
    "ebrahim", "hassan", "benjamin", "benny", "jitzchak", "yitzhak", "ariel", "naftali",
    "jair", "yair", "xi", "li", "shinzo", "fumio", "kim", "moon", "narendra", "imran",
    "recep", "ahmet", "mevlüt", "emine", "osama", "abu", "jassir", "yasser",
    // More first names frequent in news bylines and credits
    "evelyn", "anne", "eva", "maria", "helen", "helene", "ruth", "ines", "nina", "vera",
    "jana", "tanja", "silke", "birgit", "heike", "ute", "doris", "gisela", "ingrid",
    "carsten", "holger", "oliver", "patrick", "sascha", "simon", "david", "benedikt",
    "leonie", "marcel", "rene", "rené", "hendrik", "henrik", "björn", "malte", "ole",
    "ann", "amy", "anna-lena", "frank-walter", "hans-peter", "karl-heinz", "hans-jürgen",
    "jean-claude", "jean-luc", "marie-luise", "nicole", "sandra", "stefanie", "melanie",
    "alice", "beatrix", "caren", "dorothee", "gesine", "hildegard", "irene", "jutta",
    "kathrin", "lisa-marie", "margarete", "marianne", "miriam", "ricarda", "sophie",
    "theresa", "ulrike", "wiebke", "yvonne", "zoe", "luisa", "bärbel", "wladimir",
};

}  // namespace

bool IsGivenName(std::string_view folded) {
  static const std::unordered_set<std::string_view>* names =
      new std::unordered_set<std::string_view>(std::begin(kGivenNames), std::end(kGivenNames));
  return names->count(folded) > 0;
}

}  // namespace klartext::analyze
