#include "tool.h"

#include <memory>
#include <ostream>

#include "analysis/analyzer.h"
#include "analysis/explain.h"
#include "cli.h"
#include "entities/extractor.h"
#include "error.h"
#include "index/entity_annotator.h"
#include "pipeline.h"

namespace segugio::indexer {

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err, const ToolEnvironment& env) {
  return run_or_report("segugio-index", err, kExitError, [&] {
    Options options;
    if (auto exit_code = parse_command_line(argc, argv, options, out, err, env.segugio_db)) return *exit_code;
    if (options.analyze) {
      analysis::Analyzer analyzer;
      out << analysis::explain_analysis(*options.analyze, analyzer.analyze(*options.analyze));
      return kExitOk;
    }
    if (options.explain_entities) {
      out << entities::explain_entities(*options.explain_entities);
      return kExitOk;
    }
    Environment pipeline{err, env.stderr_is_tty, env.interrupted, {}};
    if (options.entities) {
      auto extractor = std::make_shared<const entities::Extractor>();
      pipeline.make_annotator = [extractor] { return std::make_unique<index::ExtractorAnnotator>(extractor); };
    }
    return run_index(options, pipeline);
  });
}

}  // namespace segugio::indexer
