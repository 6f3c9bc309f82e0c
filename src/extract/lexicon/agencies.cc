#include "extract/lexicon/agencies.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "core/text.h"

namespace klartext::extract {
namespace {

using namespace std::string_view_literals;

constexpr std::array kDpa = {"Deutsche Presse-Agentur"sv, "dpa/tmn"sv, "dpa-tmn"sv, "dpa/lnw"sv, "dpa/lby"sv};
constexpr std::array kDpaAfx = {"dpa AFX"sv, "dpa-AFX Analyser"sv};
constexpr std::array kAfp = {"Agence France-Presse"sv, "Agence France Presse"sv};
constexpr std::array kReuters = {"Thomson Reuters"sv, "Reuters Staff"sv};
constexpr std::array kAp = {"Associated Press"sv, "The Associated Press"sv, "AP Photo"sv};
constexpr std::array kKna = {"Katholische Nachrichten-Agentur"sv};
constexpr std::array kEpd = {"Evangelischer Pressedienst"sv};
constexpr std::array kSid = {"Sport-Informations-Dienst"sv};
constexpr std::array kApa = {"Austria Presse Agentur"sv, "APA-OTS"sv};
constexpr std::array kSda = {"SDA"sv, "Keystone SDA"sv, "sda"sv, "SDA-ATS"sv};
constexpr std::array kDts = {"dts Nachrichtenagentur"sv};
constexpr std::array kBloomberg = {"Bloomberg News"sv};
constexpr std::array kUpi = {"United Press International"sv};
constexpr std::array kAnp = {"Algemeen Nederlands Persbureau"sv};
constexpr std::array kEfe = {"Agencia EFE"sv};
constexpr std::array kAnsa = {"Agenzia ANSA"sv};
constexpr std::array kPa = {"PA Media"sv, "Press Association"sv};
constexpr std::array kDdp = {"ddp"sv};
constexpr std::array kDapd = {"dapd"sv};
constexpr std::array kBelga = {"Agence Belga"sv};
constexpr std::array kTass = {"ITAR-TASS"sv};
constexpr std::array kXinhua = {"Xinhua News Agency"sv};
constexpr std::array kKyodo = {"Kyodo News"sv};
constexpr std::array kYonhap = {"Yonhap News Agency"sv};
constexpr std::array kAnadolu = {"Anadolu Agency"sv, "Anadolu Ajansı"sv};
constexpr std::array kEpa = {"European Pressphoto Agency"sv};
constexpr std::array kKath = {"kathpress"sv};
constexpr std::array kNone = std::array<std::string_view, 0>{};

constexpr Agency kAgencies[] = {
    {"dpa", kDpa, "Deutsche Presse-Agentur, Germany's main agency; regional services as dpa/lnw …"},
    {"dpa-AFX", kDpaAfx, "dpa's financial and business news service"},
    {"AFP", kAfp, "Agence France-Presse, Paris"},
    {"Reuters", kReuters, "Thomson Reuters, London"},
    {"AP", kAp, "The Associated Press, New York; 'AP' alone only in capitals", true},
    {"KNA", kKna, "Katholische Nachrichten-Agentur, Bonn: church news"},
    {"epd", kEpd, "Evangelischer Pressedienst, Frankfurt: church and social news"},
    {"SID", kSid, "Sport-Informations-Dienst, Cologne: sports (AFP subsidiary)"},
    {"APA", kApa, "Austria Presse Agentur, Vienna"},
    {"Keystone-SDA", kSda, "Swiss national agency (Schweizerische Depeschenagentur)"},
    {"dts", kDts, "dts Nachrichtenagentur, Leipzig"},
    {"Bloomberg", kBloomberg, "Bloomberg News, New York: business news"},
    {"UPI", kUpi, "United Press International, Washington"},
    {"ANP", kAnp, "Algemeen Nederlands Persbureau, The Hague"},
    {"EFE", kEfe, "Agencia EFE, Madrid: Spanish-language news"},
    {"ANSA", kAnsa, "Agenzia Nazionale Stampa Associata, Rome"},
    {"PA", kPa, "PA Media (Press Association), London; 'PA' alone only in capitals", true},
    {"ddp", kDdp, "Deutscher Depeschendienst, German agency until 2010 (old archives)"},
    {"dapd", kDapd, "German agency 2010-2013 (old archives)"},
    {"Belga", kBelga, "Belgian national agency, Brussels"},
    {"TASS", kTass, "Russian state agency, Moscow"},
    {"Xinhua", kXinhua, "Chinese state agency, Beijing"},
    {"Kyodo", kKyodo, "Kyodo News, Tokyo"},
    {"Yonhap", kYonhap, "Yonhap News Agency, Seoul"},
    {"Anadolu", kAnadolu, "Anadolu Agency, Ankara; 'AA' is too ambiguous to list"},
    {"EPA", kEpa, "European Pressphoto Agency: photo credits", true},
    {"Kathpress", kKath, "Austrian Catholic news agency"},
    {"AP-dpa", kNone, "joint AP/dpa credit seen on German sites"},
};

// Drops white space, brackets, dashes and final punctuation around a name.
std::string_view StripDecoration(std::string_view s) {
  constexpr std::string_view kAround = " \t\r\n()[]{}.,;:|-\"'";
  constexpr std::string_view kDashes[] = {"\u2013", "\u2014"};  // en and em dash, whole
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    if (kAround.find(s.front()) != std::string_view::npos) {
      s.remove_prefix(1);
      changed = true;
    } else if (!s.empty() && kAround.find(s.back()) != std::string_view::npos) {
      s.remove_suffix(1);
      changed = true;
    }
    for (std::string_view d : kDashes) {
      if (StartsWith(s, d)) s.remove_prefix(d.size()), changed = true;
      if (EndsWith(s, d)) s.remove_suffix(d.size()), changed = true;
    }
  }
  return Trim(s);
}

// "A.P." → "AP": agencies are sometimes written with dots after letters.
std::string WithoutDots(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '.') out += c;
  }
  return out;
}

bool Matches(std::string_view name, std::string_view text, bool exact_case) {
  return exact_case ? name == text : EqualsIgnoreCase(name, text);
}

static_assert(std::size(kAgencies) <= 32, "AgenciesNamed keeps a bit per agency");

// The agencies with a name or alias that equals `s` ignoring ASCII case, as
// a bit per entry of kAgencies.
std::uint32_t AgenciesNamed(std::string_view s) {
  static const std::unordered_map<std::string, std::uint32_t> kByLowerName = [] {
    std::unordered_map<std::string, std::uint32_t> index;
    for (std::size_t i = 0; i < std::size(kAgencies); ++i) {
      index[AsciiLower(kAgencies[i].name)] |= 1u << i;
      for (std::string_view alias : kAgencies[i].aliases) index[AsciiLower(alias)] |= 1u << i;
    }
    return index;
  }();
  const auto it = kByLowerName.find(AsciiLower(s));
  return it == kByLowerName.end() ? 0 : it->second;
}

}  // namespace

std::span<const Agency> Agencies() { return kAgencies; }

const Agency* MatchAgency(std::string_view text) {
  text = StripDecoration(text);
  if (text.empty() || text.size() > 40) return nullptr;
  // dpa's regional and topic services: "dpa/lhe" (Hessen), "dpa-lnw",
  // "dpa/tmn" (Themendienst): two or three lower-case letters after "dpa".
  if (text.size() >= 6 && text.size() <= 7 && StartsWith(text, "dpa") && (text[3] == '/' || text[3] == '-')) {
    bool code = true;
    for (char c : text.substr(4)) code = code && c >= 'a' && c <= 'z';
    if (code) return &kAgencies[0];
  }
  std::string undotted = WithoutDots(text);
  // Only agencies with a name or alias equal to the text or its undotted
  // form, ignoring case, can match: the index gives those (this is asked of
  // every short line near a headline), and the rule decides in table order.
  const std::uint32_t candidates = AgenciesNamed(text) | AgenciesNamed(undotted);
  for (std::uint32_t m = candidates; m != 0; m &= m - 1) {
    const Agency& a = kAgencies[static_cast<std::size_t>(__builtin_ctz(m))];
    if (Matches(a.name, text, a.exact_case) || Matches(a.name, undotted, a.exact_case)) return &a;
    for (std::string_view alias : a.aliases) {
      if (EqualsIgnoreCase(alias, text)) return &a;
    }
  }
  return nullptr;
}

}  // namespace klartext::extract
