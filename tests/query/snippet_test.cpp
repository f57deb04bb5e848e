// Snippets come from Segugio's analyzer: they mark the words the query matched as they
// were indexed. The database is written by the real document builder and index writer.
#include "search/snippet.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "index/document_builder.h"
#include "index/index_writer.h"
#include "search/searcher.h"

namespace segugio::search {
namespace {

const std::string kOn(1, kHighlightStart);
const std::string kOff(1, kHighlightEnd);

std::string marked(const std::string& word) { return kOn + word + kOff; }

class Snippet : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "segugio-snippet-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = new std::filesystem::path(tmpl);
    analysis::Analyzer analyzer;
    index::DocumentBuilder builder(analyzer);
    index::IndexWriter writer((*dir_ / "db").string(), 100);
    auto put = [&](const std::string& id, const std::string& text) {
      index::Article article;
      article.id = id;
      article.title = "Titolo " + id;
      article.text = text;
      writer.put(id, builder.build(article));
    };
    put("schroeder",
        "Il cancelliere Gerhard Schröder ha incontrato Putin a Mosca.\nSchröder ha detto che gli accordi sono vicini.");
    put("assemblea", "Ha parlato all\u2019Assemblea generale delle Nazioni Unite a New York.");
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "Una frase qualunque senza niente di notevole. ";
    long_text += "Qui arriva finalmente il vulcano islandese. ";
    for (int i = 0; i < 40; ++i) long_text += "Altre parole di riempimento. ";
    put("lungo", long_text);
    writer.commit();
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }

  std::string snippet(const std::string& query) {
    SearchRequest request;
    request.query = query;
    SearchResponse response = searcher_.search(request);
    if (response.hits.empty()) return "(no hit)";
    return response.hits[0].snippet;
  }

  static std::filesystem::path* dir_;
  Searcher searcher_{(*dir_ / "db").string()};
};
std::filesystem::path* Snippet::dir_ = nullptr;

TEST_F(Snippet, AccentedNameIsHighlightedAsIndexed) {
  // Xapian's own snippet stemmer made "Zschröder" where the index holds "Zschroder".
  const std::string expected = "Il cancelliere Gerhard " + marked("Schröder") + " ha incontrato Putin a Mosca. " +
                               marked("Schröder") + " ha detto che gli accordi sono vicini.";
  EXPECT_EQ(snippet("Schröder"), expected);
  EXPECT_EQ(snippet("Schroder"), expected);
  EXPECT_EQ(snippet("SCHRÖDER"), expected);
}

TEST_F(Snippet, StemsMatchedAreHighlightedAndOtherWordsNot) {
  const std::string s = snippet("accordo Mosca");
  EXPECT_NE(s.find(marked("accordi")), std::string::npos) << s;
  EXPECT_NE(s.find(marked("Mosca")), std::string::npos) << s;
  EXPECT_EQ(std::count(s.begin(), s.end(), kHighlightStart), 2) << s;
}

TEST_F(Snippet, PhraseWordsSideBySideAreOneHighlight) {
  const std::string s = snippet("\"Nazioni Unite\"");
  EXPECT_NE(s.find(marked("Nazioni Unite")), std::string::npos) << s;
}

TEST_F(Snippet, ElidedWordStaysOutsideTheHighlight) {
  const std::string s = snippet("assemblea");
  EXPECT_NE(s.find("all\u2019" + marked("Assemblea")), std::string::npos) << s;
  EXPECT_EQ(s.find('\x1f'), std::string::npos);
}

TEST_F(Snippet, WildcardMatchesAreHighlighted) {
  const std::string s = snippet("Schrö*");
  EXPECT_NE(s.find(marked("Schröder")), std::string::npos) << s;
}

TEST_F(Snippet, WindowIsCutAroundTheMatchAtWordBoundaries) {
  const std::string s = snippet("vulcano");
  ASSERT_TRUE(s.starts_with("...")) << s;
  ASSERT_TRUE(s.ends_with("...")) << s;
  EXPECT_NE(s.find(marked("vulcano")), std::string::npos) << s;
  // About 240 bytes of text, cut between words: no word is cut in two.
  const std::string inner = s.substr(3, s.size() - 6);
  EXPECT_LE(inner.size(), 240u + 2);
  EXPECT_GT(inner.size(), 180u);
  EXPECT_TRUE(inner.starts_with("Una ") || inner.starts_with("frase ") || inner.starts_with("qualunque ") ||
              inner.starts_with("senza ") || inner.starts_with("niente ") || inner.starts_with("di ") ||
              inner.starts_with("notevole"))
      << inner;
  // Some context comes before the match, and more after it.
  const std::size_t at = inner.find(kHighlightStart);
  EXPECT_GT(at, 20u) << inner;
  EXPECT_LT(at, inner.size() / 2) << inner;
}

TEST_F(Snippet, NoTextTermGivesTheStartOfTheText) {
  // A query of facet terms only: nothing to mark, the text from its start.
  Xapian::Database db((*dir_ / "db").string());
  analysis::Analyzer analyzer;
  Snippets snippets(Xapian::Query("XPsergej lavrov"), {}, db, analyzer, SnippetOptions{20, "..."});
  EXPECT_TRUE(snippets.empty());
  EXPECT_EQ(snippets.make("Il cancelliere Gerhard Schröder ha incontrato"), "Il cancelliere...");
}

TEST_F(Snippet, LineBreaksBecomeSpacesAndMarkBytesAreDropped) {
  Xapian::Database db((*dir_ / "db").string());
  analysis::Analyzer analyzer;
  Snippets snippets(Xapian::Query("Zputin"), {}, db, analyzer);
  EXPECT_EQ(snippets.make("Oggi\n\x01Putin\x02 parla"), "Oggi " + marked("Putin") + " parla");
  // Nothing is escaped for HTML, so nothing needs undoing.
  EXPECT_EQ(snippets.make("a & b <c> \"d\" Putin"), "a & b <c> \"d\" " + marked("Putin"));
}

}  // namespace
}  // namespace segugio::search
