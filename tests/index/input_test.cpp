// The input readers: UTF-8 and date checks, JSON Lines records, streamed lines (plain
// and gzip), and the expansion of folders into files.
#include <fstream>
#include <sys/stat.h>

#include <gtest/gtest.h>

#include "error.h"
#include "input/date.h"
#include "input/gzip.h"
#include "input/input_files.h"
#include "input/jsonl_reader.h"
#include "input/record_reader.h"
#include "input/text_reader.h"
#include "input/utf8.h"
#include "process.h"
#include "test_data.h"

namespace segugio::input {
namespace {

const std::filesystem::path kData = test::source_dir() / "tests/data/index";

std::string error_of(std::string_view line) {
  try {
    parse_jsonl_record(line, "in.jsonl", 7);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Utf8, AcceptsValidTextAndFindsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("città perché ’ 😀 plain ascii text longer than eight"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("caff\xe8"), 4u);                 // Latin-1 è
  EXPECT_EQ(find_invalid_utf8("abcdefghij\xc3"), 10u);          // truncated sequence
  EXPECT_EQ(find_invalid_utf8("a\xc0\xaf"), 1u);                // overlong "/"
  EXPECT_EQ(find_invalid_utf8("a\xed\xa0\x80"), 1u);            // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("a\xf4\x90\x80\x80"), 1u);        // past U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xe2\x80\x99\xe2\x28\xa1"), 3u); // bad continuation
}

TEST(IsoDate, DatesAndDateTimesGiveYYYYMMDD) {
  EXPECT_EQ(parse_iso_date("2023-09-15"), "20230915");
  EXPECT_EQ(parse_iso_date("2023-09-15T08:30:00Z"), "20230915");
  EXPECT_EQ(parse_iso_date("2023-09-15T08:30+02:00"), "20230915");
  EXPECT_EQ(parse_iso_date("2023-09-15 08:30:00.123"), "20230915");
  EXPECT_EQ(parse_iso_date("2024-02-29"), "20240229");  // leap year
}

TEST(IsoDate, RejectsWhatIsNotAnIsoDate) {
  for (const char* bad : {"", "2023", "2023-9-15", "20230915", "2023-13-01", "2023-00-10", "2023-02-29",
                          "1900-02-29", "2023-09-31", "2023-09-15T25:00", "2023-09-15X", "15/09/2023",
                          "2023-09-15T08:30:00+2"}) {
    EXPECT_EQ(parse_iso_date(bad), std::nullopt) << bad;
  }
}

TEST(PartialDate, DaysMonthsAndYearsWithTheCalendarOfRecordDates) {
  using segugio::input::DateEnd;
  using segugio::input::parse_partial_date;
  EXPECT_EQ(parse_partial_date("2023-09-15", DateEnd::First), "20230915");
  EXPECT_EQ(parse_partial_date("2023-09", DateEnd::First), "20230901");
  EXPECT_EQ(parse_partial_date("2023-09", DateEnd::Last), "20230930");
  EXPECT_EQ(parse_partial_date("2023-02", DateEnd::Last), "20230228");
  EXPECT_EQ(parse_partial_date("2024-02", DateEnd::Last), "20240229");
  EXPECT_EQ(parse_partial_date("2023", DateEnd::First), "20230101");
  EXPECT_EQ(parse_partial_date("2023", DateEnd::Last), "20231231");
  for (const char* bad : {"2023-02-30", "2023-13", "2023-00", "23", "2023-9", "2023-09-1", "abcd", "", "2023-09-15T08:00"}) {
    EXPECT_EQ(parse_partial_date(bad, DateEnd::First), std::nullopt) << bad;
    // Whatever one accepts as a day, the other does too.
    if (std::string_view(bad).size() == 10) {
      EXPECT_EQ(segugio::input::parse_iso_date(bad), std::nullopt) << bad;
    }
  }
}

TEST(JsonlRecord, ReadsEveryField) {
  auto a = parse_jsonl_record(
      R"({"id":"x1","title":"T","text":"B","date":"2023-09-15T10:00:00Z","url":"u","source":"s","other":[1]})",
      "f.jsonl", 3);
  EXPECT_EQ(a.id, "x1");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "B");
  EXPECT_EQ(a.date, "20230915");
  EXPECT_EQ(a.url, "u");
  EXPECT_EQ(a.source, "s");
  EXPECT_EQ(a.origin, "f.jsonl");
  EXPECT_EQ(a.line, 3u);
}

TEST(JsonlRecord, IntegerIdsContentsAndNulls) {
  auto a = parse_jsonl_record(R"({"id": 42, "contents": "corpo", "title": null, "date": null})", "f", 1);
  EXPECT_EQ(a.id, "42");
  EXPECT_EQ(a.text, "corpo");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.date, "");
  // "text" wins over "contents" when both are there.
  EXPECT_EQ(parse_jsonl_record(R"({"id":"a","text":"t","contents":"c"})", "f", 1).text, "t");
}

TEST(JsonlRecord, EachBadRecordHasItsDiagnostic) {
  EXPECT_EQ(error_of(R"({"id": "a", "text": )"),
            "in.jsonl:7: error: malformed JSON: column 21: syntax error while parsing value - unexpected end of "
            "input; expected '[', '{', or a literal");
  EXPECT_EQ(error_of(R"({"text": "x"})"), "in.jsonl:7: error: field \"id\": missing");
  EXPECT_EQ(error_of(R"({"id": null, "text": "x"})"), "in.jsonl:7: error: field \"id\": missing");
  EXPECT_EQ(error_of(R"({"id": "", "text": "x"})"), "in.jsonl:7: error: field \"id\": empty");
  EXPECT_EQ(error_of(R"({"id": 1.5, "text": "x"})"),
            "in.jsonl:7: error: field \"id\": expected a string or an integer, got a number");
  EXPECT_EQ(error_of(R"({"id": "a", "text": ["x"]})"),
            "in.jsonl:7: error: field \"text\": expected a string, got an array");
  EXPECT_EQ(error_of(R"({"id": "a", "title": true})"),
            "in.jsonl:7: error: field \"title\": expected a string, got a boolean");
  EXPECT_EQ(error_of(R"({"id": "a", "title": " ", "text": "\n"})"),
            "in.jsonl:7: error: empty article: no title and no text");
  EXPECT_EQ(error_of(R"({"id": "a", "text": "x", "date": "ieri"})"),
            "in.jsonl:7: error: field \"date\": \"ieri\" is not an ISO 8601 date (YYYY-MM-DD or "
            "YYYY-MM-DDThh:mm:ss)");
  EXPECT_EQ(error_of("\"just a string\""), "in.jsonl:7: error: record is a string, not a JSON object");
  EXPECT_EQ(error_of("{\"id\": \"a\", \"text\": \"caff\xe8\"}"),
            "in.jsonl:7: error: field \"text\": invalid UTF-8 at byte 26");
  EXPECT_EQ(error_of(R"({"id": ")" + std::string(241, 'x') + R"(", "text": "x"})"),
            "in.jsonl:7: error: field \"id\": 241 bytes long, the limit is 240");
}

// nlohmann's lexer takes a raw NUL for the end of the input: without a check of its
// own, a record followed by a NUL would be accepted and one preceded by one would be
// reported as empty.
TEST(JsonlRecord, RawNulBytesAreBadRecordsWherever) {
  using namespace std::string_literals;
  EXPECT_EQ(error_of("{\"id\": \"a\", \"text\": \"x\"}\0"s),
            "in.jsonl:7: error: NUL byte at byte 25 (a JSON string writes it as \\u0000)");
  EXPECT_EQ(error_of("\0{\"id\": \"a\", \"text\": \"x\"}"s),
            "in.jsonl:7: error: NUL byte at byte 1 (a JSON string writes it as \\u0000)");
  EXPECT_EQ(error_of("{\"id\": \"a\", \"text\": \"x\0y\"}"s),
            "in.jsonl:7: error: field \"text\": NUL byte at byte 23 (a JSON string writes it as \\u0000)");
  // Escaped, a NUL is read but not kept (no stored field holds U+0000); in an id it is
  // refused with every other control character.
  EXPECT_EQ(parse_jsonl_record(R"({"id": "a", "text": "x\u0000y"})", "f", 1).text, "xy");
  EXPECT_EQ(error_of(R"({"id": "a\u0000b", "text": "x"})"),
            "in.jsonl:7: error: field \"id\": control character U+0000 (ids are printed one per line)");
  EXPECT_EQ(error_of(R"({"id": "a\nb", "text": "x"})"),
            "in.jsonl:7: error: field \"id\": control character U+000A (ids are printed one per line)");
}

// The parser's "last read" can be a whole article, and an invalid literal stops inside
// a UTF-8 character: the diagnostic keeps the last 40 bytes, whole characters only.
TEST(JsonlRecord, MalformedJsonEchoesAShortValidTail) {
  const std::string text = "\"" + std::string(1000, 'a') + " ultima parola";
  EXPECT_EQ(error_of(R"({"id": "a", "text": )" + text + "\xc3\xa8"),
            "in.jsonl:7: error: malformed JSON: column 1038: syntax error while parsing value - invalid string: "
            "missing closing quote; last read: '..." + std::string(24, 'a') + " ultima parola\xc3\xa8'");
  EXPECT_EQ(error_of("{\"id\": \"a\", \"text\": \xe2\x80\x9cvirgolette\xe2\x80\x9d}"),
            "in.jsonl:7: error: malformed JSON: column 21: syntax error while parsing value - invalid literal; "
            "last read: '\"text\": '");  // not the first byte of the quotation mark
  EXPECT_EQ(error_of("{\xc3\xa8}"), "in.jsonl:7: error: malformed JSON: column 2: syntax error while parsing object key - "
                                    "invalid literal; last read: '{'; expected string literal");
}

// nlohmann throws out_of_range, not parse_error, for a number past a double's range.
TEST(JsonlRecord, NumberOverflowIsMalformedJson) {
  EXPECT_EQ(error_of(R"({"id": "a", "text": "x", "n": 1e99999})"),
            "in.jsonl:7: error: malformed JSON: a number is out of range");
}

// The diagnostic must itself be printable: a field name with bad bytes is not echoed.
TEST(JsonlRecord, UnprintableFieldNamesAreNotEchoed) {
  EXPECT_EQ(error_of("{\"id\": \"a\", \"t\xe9xt\": \"x\"}"), "in.jsonl:7: error: field with an unprintable name: invalid UTF-8 at byte 15");
  EXPECT_EQ(error_of("{\"id\": \"a\", \"t\x03xt\": \"caff\xe8\"}"), "in.jsonl:7: error: field with an unprintable name: invalid UTF-8 at byte 26");
}

TEST(JsonlRecord, FieldAtOffsetNamesTheTopLevelField) {
  const std::string line = R"({"id": "a", "meta": {"x": "yy"}, "text": "a\"bc"})";
  EXPECT_EQ(field_at_offset(line, line.find("yy")), "meta");
  EXPECT_EQ(field_at_offset(line, line.find("bc")), "text");
  EXPECT_EQ(field_at_offset(line, 2), "id");
  EXPECT_EQ(field_at_offset("[\"abc\"]", 2), "");
}

TEST(TextRecord, WholeFileIsTheTextAndBadBytesAreLocated) {
  auto a = parse_text_record("Riga uno.\nRiga due.\n", "sub/a.txt", "docs/sub/a.txt");
  EXPECT_EQ(a.id, "sub/a.txt");
  EXPECT_EQ(a.text, "Riga uno.\nRiga due.\n");
  EXPECT_EQ(a.title, "");
  try {
    parse_text_record("ok\nancora ok\ncaff\xe8\n", "a.txt", "a.txt");
    FAIL() << "invalid UTF-8 accepted";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "a.txt:3: error: invalid UTF-8 at byte 18 of the file");
  }
  EXPECT_THROW(parse_text_record(" \n\n", "e.txt", "e.txt"), InputError);
}

TEST(LineReader, ReadsGzipAndPlainFilesTheSameWay) {
  test::TempDir dir;
  {
    std::ofstream(dir / "plain.jsonl") << "{\"id\": \"gz-1\", \"text\": \"Articolo compresso numero uno.\"}\n"
                                          "{\"id\": \"gz-2\", \"text\": \"Articolo compresso numero due.\"}\n";
  }
  for (const auto& path : {kData / "compressed.jsonl.gz", dir / "plain.jsonl"}) {
    LineReader reader(path.string(), 1000);
    Line line;
    ASSERT_TRUE(reader.next(line)) << path;
    EXPECT_EQ(line.number, 1u);
    EXPECT_EQ(line.text, R"({"id": "gz-1", "text": "Articolo compresso numero uno."})");
    ASSERT_TRUE(reader.next(line));
    EXPECT_EQ(line.number, 2u);
    EXPECT_FALSE(reader.next(line));
    EXPECT_GT(reader.consumed_bytes(), 0u);
  }
}

TEST(LineReader, SkipsOverLongLinesAndKeepsCounting) {
  test::TempDir dir;
  const std::string long_line(300000, 'x');  // longer than one read chunk
  { std::ofstream(dir / "f") << "short\r\n" << long_line << "\nafter\nlast without newline"; }
  LineReader reader((dir / "f").string(), 1000);
  Line line;
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line.text, "short");  // "\r\n" line ends too
  ASSERT_TRUE(reader.next(line));
  EXPECT_TRUE(line.too_long);
  EXPECT_EQ(line.bytes, 300000u);
  EXPECT_EQ(line.number, 2u);
  EXPECT_EQ(line.text, "");
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line.text, "after");
  EXPECT_EQ(line.number, 3u);
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line.text, "last without newline");
  EXPECT_FALSE(reader.next(line));
}

TEST(LineReader, MissingFileAndTruncatedGzipAreErrors) {
  EXPECT_THROW(LineReader("/nonexistent/file.jsonl", 10), InputError);
  test::TempDir dir;
  const std::string gz = test::read_file(kData / "compressed.jsonl.gz");
  { std::ofstream(dir / "cut.jsonl.gz", std::ios::binary) << gz.substr(0, gz.size() - 12); }
  LineReader reader((dir / "cut.jsonl.gz").string(), 1000);
  Line line;
  EXPECT_THROW(
      {
        while (reader.next(line)) {
        }
      },
      InputError);
}

TEST(InputFiles, FoldersAreWalkedInSortedOrderWithoutHiddenEntries) {
  const std::string root = (kData / "text").string();
  auto files = list_input_files({root}, Format::kAuto);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].id, "b.txt");
  EXPECT_EQ(files[1].id, "sub/a.txt");
  EXPECT_EQ(files[1].format, Format::kText);
  EXPECT_EQ(files[1].bytes, std::filesystem::file_size(kData / "text/sub/a.txt"));
}

// A folder entry that is not a file is listed with its problem, never opened (a FIFO
// would block the reader); a directory named like a file is walked like any folder.
TEST(InputFiles, EntriesThatAreNotFilesAreListedWithTheirProblem) {
  test::TempDir dir;
  std::filesystem::create_directories(dir / "in/dir.jsonl");
  { std::ofstream(dir / "in/dir.jsonl/a.txt") << "testo"; }
  ASSERT_EQ(mkfifo((dir / "in/fifo.jsonl").c_str(), 0600), 0);
  std::filesystem::create_symlink(dir / "in/missing", dir / "in/gone.txt");
  auto files = list_input_files({(dir / "in").string()}, Format::kAuto);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0].id, "dir.jsonl/a.txt");
  EXPECT_EQ(files[0].problem, "");
  EXPECT_EQ(files[1].id, "fifo.jsonl");
  EXPECT_EQ(files[1].problem, "cannot read: not a regular file (a FIFO, socket or device)");
  EXPECT_EQ(files[2].id, "gone.txt");
  EXPECT_EQ(files[2].problem, "cannot open: dangling symbolic link");
}

TEST(InputFiles, FormatsByNameOrAsForced) {
  EXPECT_TRUE(looks_like_jsonl("a.jsonl"));
  EXPECT_TRUE(looks_like_jsonl("a.ndjson.gz"));
  EXPECT_TRUE(looks_like_jsonl("-"));
  EXPECT_FALSE(looks_like_jsonl("a.txt"));
  EXPECT_FALSE(looks_like_jsonl("a.json"));
  const std::string jsonl = (kData / "articles.jsonl").string();
  EXPECT_EQ(list_input_files({jsonl}, Format::kAuto).at(0).format, Format::kJsonl);
  EXPECT_EQ(list_input_files({jsonl}, Format::kText).at(0).format, Format::kText);
  EXPECT_EQ(list_input_files({"-"}, Format::kText).at(0).format, Format::kJsonl);
  EXPECT_THROW(list_input_files({(kData / "no-such-file").string()}, Format::kAuto), InputError);
}

TEST(RecordReader, BlankLinesAreSkippedAndLineNumbersKept) {
  RecordReader reader(list_input_files({(kData / "articles.jsonl").string()}, Format::kAuto), 1 << 20);
  std::vector<std::size_t> lines;
  RawRecord record;
  while (reader.next(record)) {
    EXPECT_EQ(record.kind, RawRecord::Kind::kJsonl);
    lines.push_back(record.line);
  }
  EXPECT_EQ(lines, (std::vector<std::size_t>{1, 2, 3, 5}));
  EXPECT_EQ(reader.consumed_bytes(), reader.total_bytes());
}

TEST(RecordReader, OversizedRecordsBecomeErrorRecords) {
  test::TempDir dir;
  { std::ofstream(dir / "big.txt") << std::string(2000, 'a'); }
  { std::ofstream(dir / "big.jsonl") << "{\"id\":\"a\",\"text\":\"" << std::string(2000, 'a') << "\"}\n{\"id\":\"b\",\"text\":\"b\"}\n"; }
  RecordReader reader(list_input_files({(dir / "big.jsonl").string(), (dir / "big.txt").string()}, Format::kAuto),
                      1000);
  RawRecord record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.kind, RawRecord::Kind::kError);
  EXPECT_EQ(record.error, (dir / "big.jsonl").string() + ":1: error: record is 2020 bytes, over the limit of 1000 (raise it with --max-article-bytes)");
  EXPECT_THROW(parse_record(record), InputError);
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(parse_record(record).id, "b");
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.kind, RawRecord::Kind::kError);
  EXPECT_EQ(record.error, (dir / "big.txt").string() + ": error: article is 2000 bytes, over the limit of 1000 (raise it with --max-article-bytes)");
  EXPECT_FALSE(reader.next(record));
}

// A file that disappears (or cannot be opened) between listing and reading is a bad
// record; the reader goes on with the next file.
TEST(RecordReader, AFileThatCannotBeOpenedIsAnErrorRecord) {
  test::TempDir dir;
  { std::ofstream(dir / "a.jsonl") << "{\"id\":\"a\",\"text\":\"a\"}\n"; }
  { std::ofstream(dir / "b.jsonl") << "{\"id\":\"b\",\"text\":\"b\"}\n"; }
  RecordReader reader(list_input_files({(dir / "a.jsonl").string(), (dir / "b.jsonl").string()}, Format::kAuto),
                      1000);
  std::filesystem::remove(dir / "a.jsonl");
  RawRecord record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(record.kind, RawRecord::Kind::kError);
  EXPECT_EQ(record.error, (dir / "a.jsonl").string() + ": error: cannot open: No such file or directory");
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(parse_record(record).id, "b");
  EXPECT_FALSE(reader.next(record));
}

// A line that reaches the limit is buffered once, in a buffer reserved at the limit,
// and its bytes are then dropped: the reader's memory stays near max_line_bytes.
TEST(LineReader, AnOverlongLineFreesItsBuffer) {
  test::TempDir dir;
  { std::ofstream(dir / "f") << std::string(3u << 20, 'x') << "\nshort\n"; }
  LineReader reader((dir / "f").string(), 1u << 20);
  Line line;
  ASSERT_TRUE(reader.next(line));
  EXPECT_TRUE(line.too_long);
  EXPECT_EQ(line.bytes, 3u << 20);
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line.text, "short");
}

}  // namespace
}  // namespace segugio::input
