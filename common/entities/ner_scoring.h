#pragma once
// Scoring the extractor against gold named-entity files (JSON Lines in the format of
// KIND's Wikinews dev set: {"id","text","entities":[{"start","end","type","text"}]},
// offsets in Unicode code points, end exclusive). Used by segugio-eval-ner.
//
// Three views:
//  1. mentions, exact span and type (CoNLL): per type and micro-averaged;
//  2. tokens, each token's label with BIO prefixes stripped (NERMuD 2023): a token is
//     labelled with the type of the span that contains its first character; tokens are
//     the extractor's scanner tokens (words, elisions split after the apostrophe,
//     punctuation), which follow KIND's tokenisation closely;
//  3. documents: the person facet against the gold PER mentions (a gold mention is found
//     when one facet value's name contains all its words, after folding; a facet value
//     is right when it contains all the words of some gold PER mention), and the country
//     facet against the countries named by gold LOC/ORG mentions (looked up in the
//     country names and aliases; "places" also counts places resolved to countries).
#include <array>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "entities/entity.h"
#include "entities/gazetteer.h"

namespace segugio::entities {

struct GoldSpan {
  std::size_t start = 0, end = 0;  // code points
  NerType type = NerType::PER;
  std::string text;
};

struct GoldDocument {
  std::string id;
  std::string text;
  std::vector<GoldSpan> entities;
};

// Parses one line; throws std::runtime_error (with the reason) on a malformed record.
GoldDocument parse_gold_line(std::string_view line);
// Every non-blank line of in; errors name the line number.
std::vector<GoldDocument> read_gold(std::istream& in);

struct Counts {
  std::uint64_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  Counts& operator+=(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    return *this;
  }
};

struct NerScores {
  std::array<Counts, 3> exact{};  // by NerType
  std::array<Counts, 3> token{};
  Counts person_doc, country_doc, country_places_doc;
  std::size_t documents = 0, tokens = 0;
  Counts exact_micro() const;
  Counts token_micro() const;
};

// One exact-span error, with what a reader needs to see why it is one.
struct NerError {
  enum class Kind : std::uint8_t { false_positive, false_negative };
  // How the span relates to the other side's spans:
  //  wrong_type: the same span with another type;
  //  boundary:   an overlapping span of the same type with other limits;
  //  boundary_type: an overlapping span of another type with other limits;
  //  spurious (false positives) / missed (false negatives): nothing overlaps it.
  enum class Class : std::uint8_t { wrong_type, boundary, boundary_type, spurious, missed };
  Kind kind = Kind::false_positive;
  Class cls = Class::spurious;
  std::string document;
  std::size_t start = 0, end = 0;  // code points
  NerType type = NerType::PER;
  std::string text;
  std::string context;    // the span in its sentence: "... [span] ..."
  std::string evidence;   // false positives: how the extractor found it
  std::string other;      // the overlapping span on the other side, "TYPE text", if any
};
std::string_view to_string(NerError::Kind kind);
std::string_view to_string(NerError::Class cls);

NerScores& operator+=(NerScores& a, const NerScores& b);

class NerScorer {
 public:
  explicit NerScorer(std::shared_ptr<const Gazetteer> gazetteer = Gazetteer::shared());
  void add(const GoldDocument& gold, const Extraction& predicted);
  const NerScores& scores() const { return scores_; }
  // When on, add() keeps every exact-span error (errors()).
  void keep_errors(bool on) { keep_errors_ = on; }
  const std::vector<NerError>& errors() const { return errors_; }

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
  NerScores scores_;
  bool keep_errors_ = false;
  std::vector<NerError> errors_;
};

// One tab-separated line per error: kind, class, type, document, start-end, "text",
// evidence, other side, context.
std::string errors_table(const std::vector<NerError>& errors);
// One line per named score set and a total: PER/LOC/ORG/micro exact F1, micro exact P,
// token micro F1, person and country+ document F1.
std::string summary_table(const std::vector<std::pair<std::string, NerScores>>& rows);

// {"per_exact_p", "per_exact_r", "per_exact_f1", ..., "micro_exact_f1", "token_micro_f1",
//  "per_token_f1", ..., "person_doc_f1", "country_doc_f1", "documents", "tokens"}
nlohmann::json scores_to_json(const NerScores& scores);
// An aligned table for people.
std::string scores_table(const NerScores& scores);

}  // namespace segugio::entities
