#include "input/record_reader.h"

#include "error.h"
#include "input/jsonl_reader.h"
#include "input/text_reader.h"

namespace segugio::input {

RecordReader::RecordReader(std::vector<InputFile> files, std::size_t max_record_bytes)
    : files_(std::move(files)), max_record_bytes_(max_record_bytes) {
  for (const auto& file : files_) total_bytes_ += file.bytes;
  for (const auto& file : files_) {
    if (file.path == "-") total_bytes_ = 0;  // unknown
  }
}

RecordReader::~RecordReader() = default;

bool RecordReader::next(RawRecord& record) {
  for (;;) {
    if (lines_) {
      Line line;
      const InputFile& file = files_[next_file_ - 1];
      while (lines_->next(line)) {
        record.origin = file.path == "-" ? "<stdin>" : file.path;
        record.line = line.number;
        record.id.clear();
        if (line.too_long) {
          record.kind = RawRecord::Kind::kError;
          record.payload.clear();
          record.error = diagnostic(record.origin, line.number,
                                    "record is " + std::to_string(line.bytes) + " bytes, over the limit of " +
                                        std::to_string(max_record_bytes_) + " (raise it with --max-article-bytes)");
          return true;
        }
        if (line.text.find_first_not_of(" \t") == std::string_view::npos) continue;
        record.kind = RawRecord::Kind::kJsonl;
        record.payload.assign(line.text);
        record.error.clear();
        return true;
      }
      lines_.reset();
      done_bytes_ += file.bytes;
    }
    if (next_file_ == files_.size()) return false;
    const InputFile& file = files_[next_file_++];
    record.origin = file.path;
    record.line = 0;
    record.id = file.id;
    try {
      if (!file.problem.empty()) throw InputError(diagnostic(file.path, 0, file.problem));
      if (file.format == Format::kJsonl) {
        // A file that cannot be opened is a bad record; one that breaks while being
        // read (a damaged gzip stream) stops the run, from next().
        lines_ = std::make_unique<LineReader>(file.path, max_record_bytes_);
        continue;
      }
      record.payload = read_text_file(file.path, max_record_bytes_);
      record.kind = RawRecord::Kind::kText;
      record.error.clear();
    } catch (const InputError& e) {
      record.kind = RawRecord::Kind::kError;
      record.payload.clear();
      record.error = e.what();
    }
    done_bytes_ += file.bytes;
    return true;
  }
}

std::uint64_t RecordReader::consumed_bytes() const {
  return done_bytes_ + (lines_ ? lines_->consumed_bytes() : 0);
}

index::Article parse_record(RawRecord& record) {
  switch (record.kind) {
    case RawRecord::Kind::kJsonl: return parse_jsonl_record(record.payload, record.origin, record.line);
    case RawRecord::Kind::kText: return parse_text_record(std::move(record.payload), record.id, record.origin);
    case RawRecord::Kind::kError: break;
  }
  throw InputError(record.error);
}

}  // namespace segugio::input
