#include "core/status.h"

namespace claimgraph {

std::string SourceLoc::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (col > 0) out += ':' + std::to_string(col);
  }
  if (!field.empty()) out += " (column '" + field + "')";
  return out;
}

Status::Status(StatusCode code, std::string message, SourceLoc loc)
    : rep_(std::make_unique<Rep>(Rep{code, std::move(message), std::move(loc)})) {}

Status::Status(const Status& other)
    : rep_(other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr) {}

Status& Status::operator=(const Status& other) {
  if (this != &other) rep_ = other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr;
  return *this;
}

Status Status::InvalidInput(std::string message, SourceLoc loc) {
  return Status(StatusCode::kInvalidInput, std::move(message), std::move(loc));
}
Status Status::Usage(std::string message) {
  return Status(StatusCode::kUsage, std::move(message), {});
}
Status Status::NotFound(std::string message, SourceLoc loc) {
  return Status(StatusCode::kNotFound, std::move(message), std::move(loc));
}
Status Status::IoError(std::string message, SourceLoc loc) {
  return Status(StatusCode::kIoError, std::move(message), std::move(loc));
}
Status Status::Internal(std::string message) {
  return Status(StatusCode::kInternal, std::move(message), {});
}

const std::string& Status::message() const {
  static const std::string kEmpty;
  return rep_ ? rep_->message : kEmpty;
}

const SourceLoc& Status::loc() const {
  static const SourceLoc kNone;
  return rep_ ? rep_->loc : kNone;
}

Status Status::WithLoc(SourceLoc loc) const {
  if (!rep_) return Status();
  return Status(rep_->code, rep_->message, std::move(loc));
}

std::string Status::ToString() const {
  if (!rep_) return "OK";
  std::string where = rep_->loc.ToString();
  return where.empty() ? rep_->message : where + ": " + rep_->message;
}

int Status::ExitCode() const {
  switch (code()) {
    case StatusCode::kOk:
      return 0;
    case StatusCode::kInvalidInput:
    case StatusCode::kUsage:
    case StatusCode::kNotFound:
      return 2;
    case StatusCode::kIoError:
    case StatusCode::kInternal:
      return 1;
  }
  return 1;
}

}  // namespace claimgraph
