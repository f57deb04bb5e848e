#pragma once
// Batches of queries, one per line, in any of three forms (mixed freely):
//   armi nucleari                       plain: the qid is the line number
//   q17<TAB>armi nucleari               TSV: qid, tab, query
//   {"qid":"q17","query":"armi","country":["RU","-UA"],"from":"2023-09-01"}
//                                       JSON Lines: qid, query and the filters
//                                       person/country/org/place/source (string or
//                                       list; a leading '-' excludes), from, to
// Blank lines and lines starting with '#' are skipped. A bad line is reported with its
// number and does not stop the others.
#include <cstddef>
#include <istream>
#include <string>

#include "search/query_builder.h"

namespace segugio::search {

struct BatchQuery {
  std::size_t line = 0;
  std::string qid;
  std::string query;
  Filters filters;
};

// Parses one line (without its line end); throws InputError with a message that
// does not repeat the file and line.
BatchQuery parse_batch_line(std::string_view text, std::size_t line);

// A facet value as given on a command line or in a batch: a leading '-' excludes it.
FacetFilter facet_filter(Facet facet, std::string_view value);

class BatchReader {
 public:
  BatchReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

  // The next line holding a query: true with QUERY set, or with ERROR set to a
  // complete "NAME:LINE: error: ..." diagnostic; false at the end of the input.
  bool next(BatchQuery& query, std::string& error);

  const std::string& name() const { return name_; }

 private:
  std::istream& in_;
  std::string name_;
  std::size_t line_ = 0;
};

}  // namespace segugio::search
