// Build-time generator of the analyzer's word tables (analysis/word_lists.h): reads
// the stop words and the Snowball vocabulary, folds every entry with the analyzer's own
// fold() (the same source file the library compiles), sorts and de-duplicates them, and
// writes a C++ source holding each table as one block of bytes plus offsets, and a hash
// table of indices into them. The library searches the tables in place: loading them
// costs nothing, and, holding no pointers, they need no relocation when the program
// starts.
//
//   segugio-word-tables OUT.cpp STOPWORDS.txt VOCABULARY.txt
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/fold.h"
#include "analysis/word_lists.h"
#include "text_lines.h"

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read ") + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void add_folded(const std::string& data, std::vector<std::string>& out) {
  for (std::string_view line : segugio::text_lines(data)) out.push_back(segugio::analysis::fold(line));
}

std::vector<std::string> sorted_unique(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// A string literal of the bytes of S: printable ASCII as is, the rest as three-digit
// octal escapes (which, unlike \x, cannot swallow the character after them).
void put_literal(std::ostream& out, const std::string& s) {
  out << '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\' || c == '?') {
      out << '\\' << c;
    } else if (c >= 0x20 && c < 0x7f) {
      out << c;
    } else {
      char buf[5];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out << buf;
    }
  }
  out << '"';
}

void put_table(std::ostream& out, const char* name, const std::vector<std::string>& words) {
  out << "constexpr char k" << name << "Bytes[] =\n";
  if (words.empty()) out << "    \"\"";
  for (std::size_t i = 0; i < words.size(); ++i) {
    out << (i % 8 == 0 ? (i ? "\n    " : "    ") : " ");
    put_literal(out, words[i]);
  }
  out << ";\nconstexpr std::uint32_t k" << name << "Offsets[] = {";
  std::uint64_t offset = 0;
  for (std::size_t i = 0; i <= words.size(); ++i) {
    out << (i % 12 == 0 ? "\n    " : " ") << offset << ',';
    if (i < words.size()) offset += words[i].size();
  }
  if (offset > 0xffffffffu) throw std::runtime_error("word table too large");
  out << "\n};\n";
  // At most two thirds full, and never full: a probe always ends at an empty slot.
  std::size_t slot_count = 4;
  while (slot_count < words.size() + words.size() / 2 + 1) slot_count *= 2;
  std::vector<std::uint32_t> slots(slot_count, 0);
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::size_t i = segugio::analysis::word_hash(words[w]) & (slot_count - 1);
    while (slots[i] != 0) i = (i + 1) & (slot_count - 1);
    slots[i] = static_cast<std::uint32_t>(w + 1);
  }
  out << "constexpr std::uint32_t k" << name << "SlotCount = " << slot_count << ";\n";
  out << "constexpr std::uint32_t k" << name << "Slots[] = {";
  for (std::size_t i = 0; i < slot_count; ++i) out << (i % 16 == 0 ? "\n    " : " ") << slots[i] << ',';
  out << "\n};\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: segugio-word-tables OUT.cpp STOPWORDS.txt VOCABULARY.txt\n";
    return 2;
  }
  try {
    const std::string stop_data = read_file(argv[2]);
    const std::string voc_data = read_file(argv[3]);
    std::vector<std::string> stopwords;
    add_folded(stop_data, stopwords);
    std::vector<std::string> vocabulary;
    add_folded(voc_data, vocabulary);
    vocabulary.insert(vocabulary.end(), stopwords.begin(), stopwords.end());  // the vocabulary holds the stop words
    stopwords = sorted_unique(std::move(stopwords));
    vocabulary = sorted_unique(std::move(vocabulary));

    std::ostringstream out;
    out << "// Generated at build time by segugio-word-tables from corpora/stopwords-it.txt and\n"
           "// corpora/stemmer/italian-voc.txt; do not edit.\n"
           "#include <cstdint>\n\n#include \"analysis/word_lists.h\"\n\n"
           "namespace segugio::analysis {\nnamespace {\n\n";
    put_table(out, "Stopwords", stopwords);
    put_table(out, "Vocabulary", vocabulary);
    out << "\n}  // namespace\n\n"
           "const WordSet& italian_stopwords() {\n"
           "  static constexpr WordSet set(kStopwordsBytes, kStopwordsOffsets, "
        << stopwords.size()
        << ", kStopwordsSlots, kStopwordsSlotCount);\n  return set;\n}\n\n"
           "const WordSet& italian_vocabulary() {\n"
           "  static constexpr WordSet set(kVocabularyBytes, kVocabularyOffsets, "
        << vocabulary.size() << ", kVocabularySlots, kVocabularySlotCount);\n  return set;\n}\n\n"
           "}  // namespace segugio::analysis\n";

    const std::string text = out.str();
    std::ofstream file(argv[1], std::ios::binary | std::ios::trunc);
    file << text;
    if (!file) throw std::runtime_error(std::string("cannot write ") + argv[1]);
  } catch (const std::exception& e) {
    std::cerr << "segugio-word-tables: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
