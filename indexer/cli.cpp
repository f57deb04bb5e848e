#include "cli.h"

#include <algorithm>
#include <map>
#include <ostream>

#include <CLI/CLI.hpp>

#include "database_path.h"
#include "error.h"

namespace segugio::indexer {
namespace {

constexpr const char* kDescription =
    "segugio-index: index Italian news articles into a Segugio (Xapian) database.\n"
    "\n"
    "INPUT is a JSON Lines file (.jsonl, .ndjson, optionally .gz), a plain-text file (one\n"
    "article; its path is the id), a folder (read recursively, in sorted order), or - for\n"
    "JSON Lines on standard input. JSON fields: id (required), title, text or contents,\n"
    "date (ISO 8601), url, source. Re-indexing an id replaces the article.";

constexpr const char* kFooter =
    "Examples:\n"
    "  segugio-index corpora/sample                     index the bundled sample into ./segugio-db\n"
    "  segugio-index --db news.db articles.jsonl.gz     index a compressed JSON Lines file\n"
    "  zcat a.jsonl.gz | segugio-index --db news.db -   read JSON Lines from standard input\n"
    "  segugio-index --db news.db --delete dice-57 dice-58   remove two articles\n"
    "  segugio-index --db news.db --shards 4 a.jsonl.gz      write 4 shards and a stub (news.db/XAPIANDB)\n"
    "  segugio-index --on-error=stop --threads 1 in.jsonl    stop at the first bad record\n"
    "  segugio-index --analyze \"Dell'Assemblea, LavrovLa\"   show what the analyzer makes of a text\n"
    "  segugio-index --explain-entities \"Il ministro russo Sergej Lavrov a Pyongyang\"\n"
    "                                                   show the entities found in a text, and why\n"
    "\n"
    "Exit codes:\n"
    "  0  every record was indexed\n"
    "  1  some records, or files of a folder, were bad and skipped (each reported as\n"
    "     file:line: error: ...)\n"
    "  2  error: bad options, an INPUT that does not exist, a file that breaks while\n"
    "     being read (a damaged gzip stream), database locked or unusable, or a bad\n"
    "     record with --on-error=stop (the records before it are committed)\n"
    "  130  interrupted (Ctrl-C): what was read is committed\n"
    "\n"
    "Environment: SEGUGIO_DB is the database used when --db is not given.";

}  // namespace

std::optional<int> parse_command_line(int argc, const char* const* argv, Options& options, std::ostream& out,
                                      std::ostream& err, std::string_view segugio_db) {
  CLI::App app(kDescription, "segugio-index");
  app.footer(kFooter);
  app.get_formatter()->column_width(34);

  app.add_option("INPUT", options.inputs, "JSON Lines (.gz) files, text files, folders, or - for standard input")
      ->option_text("...");
  app.add_option("--db", options.db, "database folder (default: $SEGUGIO_DB, else ./segugio-db)")
      ->option_text("PATH");
  app.add_option("--threads", options.threads, "analysis threads (default: one per core)")
      ->check(CLI::Range(1u, 1024u))
      ->option_text("N");
  app.add_option("--shards", options.shards,
                 "write N shard databases and a stub listing them; each id goes to shard fnv1a64(id) mod N "
                 "(default: as PATH already is, else one database)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1024}))
      ->option_text("N");
  app.add_option("--batch-size", options.batch_size, "commit every N changes (default: 1000)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000000}))
      ->option_text("N");
  app.add_option("--on-error", options.on_error, "bad records: skip (report, count, go on; exit 1) or stop (exit 2)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, OnError>{{"skip", OnError::kSkip}, {"stop", OnError::kStop}}))
      ->option_text("skip|stop");
  app.add_option("--delete", options.delete_ids, "remove the articles with these ids (before indexing any INPUT)")
      ->option_text("ID...");
  app.add_option("--delete-file", options.delete_file, "remove the ids listed in FILE, one per line")
      ->check(CLI::ExistingFile)
      ->option_text("FILE");
  app.add_flag("--progress", options.progress, "show the progress bar and the summary even when stderr is not a terminal");
  app.add_flag("-q,--quiet", options.quiet, "no progress bar and no summary, even on a terminal");
  app.add_option("--max-article-bytes", options.max_article_bytes,
                 "reject records larger than this (default: 10485760 = 10 MiB)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 31))
      ->option_text("BYTES");
  app.add_option("--format", options.format, "how to read files: auto (by name), jsonl, text (default: auto)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, input::Format>{
          {"auto", input::Format::kAuto}, {"jsonl", input::Format::kJsonl}, {"text", input::Format::kText}}))
      ->option_text("auto|jsonl|text");
  app.add_option("--analyze", options.analyze, "print what the analyzer makes of TEXT, token by token, and exit")
      ->option_text("TEXT");
  app.add_option("--explain-entities", options.explain_entities,
                 "print the entity mentions found in TEXT, their spans and canonical ids, and exit")
      ->option_text("TEXT");
  app.add_flag("--prefix-ids", options.prefix_ids,
               "ids of a folder's text files start with the folder's name (a/x.txt, b/x.txt), so that two "
               "folders holding the same relative path do not clash");
  app.add_flag("!--no-entities", options.entities,
               "do not extract persons, countries, organisations and places (faster; no facets)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << error_line("segugio-index", e.what()) << "\nRun with --help for more information.\n";
    return kExitError;
  }

  options.db = database_path(options.db, segugio_db);
  // "--delete -- -": CLI11 gives the "--" to --delete, which needs a value, as its id.
  // "--" ends --delete's ids and starts the INPUTs wherever it stands, so with no id
  // before it there is nothing to delete: said, rather than a search for the id "--".
  if (std::find(options.delete_ids.begin(), options.delete_ids.end(), "--") != options.delete_ids.end()) {
    err << error_line("segugio-index", "--delete needs an ID before \"--\" (ids that start with '-' go in --delete-file)")
        << '\n';
    return kExitError;
  }
  if (options.progress && options.quiet) {
    err << error_line("segugio-index", "--progress and --quiet contradict each other") << '\n';
    return kExitError;
  }
  if (options.analyze || options.explain_entities) {
    if (options.analyze && options.explain_entities) {
      err << error_line("segugio-index", "give --analyze or --explain-entities, not both") << '\n';
      return kExitError;
    }
    if (!options.inputs.empty() || !options.delete_ids.empty() || !options.delete_file.empty()) {
      err << error_line("segugio-index", "--analyze and --explain-entities take no INPUT, --delete or --delete-file") << '\n';
      return kExitError;
    }
    return std::nullopt;
  }
  if (options.inputs.empty() && options.delete_ids.empty() && options.delete_file.empty()) {
    err << error_line("segugio-index", "nothing to do: give an INPUT, --delete or --delete-file")
        << "\nRun with --help for more information.\n";
    return kExitError;
  }
  return std::nullopt;
}

}  // namespace segugio::indexer
