#include "core/status.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace claimgraph {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_EQ(s.ExitCode(), 0);
  EXPECT_EQ(s.loc().line, 0u);
}

TEST(StatusTest, FactoriesSetCodeAndMessage) {
  EXPECT_EQ(Status::InvalidInput("bad").code(), StatusCode::kInvalidInput);
  EXPECT_EQ(Status::Usage("u").code(), StatusCode::kUsage);
  EXPECT_EQ(Status::NotFound("nf").code(), StatusCode::kNotFound);
  EXPECT_EQ(Status::IoError("io").code(), StatusCode::kIoError);
  EXPECT_EQ(Status::Internal("bug").code(), StatusCode::kInternal);
  Status s = Status::InvalidInput("bad value");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "bad value");
  EXPECT_EQ(s.ToString(), "bad value");  // no location: message alone
}

TEST(StatusTest, ExitCodes) {
  EXPECT_EQ(Status::InvalidInput("x").ExitCode(), 2);
  EXPECT_EQ(Status::Usage("x").ExitCode(), 2);
  EXPECT_EQ(Status::NotFound("x").ExitCode(), 2);
  EXPECT_EQ(Status::IoError("x").ExitCode(), 1);
  EXPECT_EQ(Status::Internal("x").ExitCode(), 1);
}

TEST(StatusTest, ToStringWithFullLocation) {
  Status s = Status::InvalidInput("unknown qualifier 'roughly'", SourceLoc{"claims.csv", 3, 14, ""});
  EXPECT_EQ(s.ToString(), "claims.csv:3:14: unknown qualifier 'roughly'");
  EXPECT_EQ(s.loc().file, "claims.csv");
  EXPECT_EQ(s.loc().line, 3u);
  EXPECT_EQ(s.loc().col, 14u);
}

TEST(StatusTest, ToStringWithPartialLocations) {
  EXPECT_EQ(Status::NotFound("no such file", SourceLoc{"x.json", 0, 0, ""}).ToString(),
            "x.json: no such file");
  EXPECT_EQ(Status::InvalidInput("m", SourceLoc{"x.csv", 7, 0, ""}).ToString(), "x.csv:7: m");
  // A column without a line number is ignored: col only prints after a line.
  EXPECT_EQ(Status::InvalidInput("m", SourceLoc{"x.csv", 0, 5, ""}).ToString(), "x.csv: m");
  EXPECT_EQ(Status::InvalidInput("m", SourceLoc{"x.csv", 7, 0, "value"}).ToString(),
            "x.csv:7 (column 'value'): m");
}

TEST(StatusTest, SourceLocToString) {
  EXPECT_EQ((SourceLoc{"f", 1, 2, ""}).ToString(), "f:1:2");
  EXPECT_EQ((SourceLoc{"f", 1, 0, ""}).ToString(), "f:1");
  EXPECT_EQ((SourceLoc{"f", 0, 0, ""}).ToString(), "f");
  EXPECT_EQ((SourceLoc{}).ToString(), "");
}

TEST(StatusTest, WithLocReplacesLocationKeepsCodeAndMessage) {
  Status inner = Status::InvalidInput("missing comma");
  Status outer = inner.WithLoc(SourceLoc{"a.json", 2, 9, ""});
  EXPECT_EQ(outer.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(outer.ToString(), "a.json:2:9: missing comma");
  EXPECT_EQ(inner.ToString(), "missing comma");  // the original is unchanged
  EXPECT_TRUE(Status().WithLoc(SourceLoc{"a", 1, 1, ""}).ok());
}

TEST(StatusTest, CopyIsDeepAndMoveTransfers) {
  Status a = Status::IoError("disk full", SourceLoc{"out.dot", 0, 0, ""});
  Status b = a;
  EXPECT_EQ(b.ToString(), "out.dot: disk full");
  b = Status::Usage("other");
  EXPECT_EQ(a.ToString(), "out.dot: disk full");
  Status c;
  c = a;
  EXPECT_EQ(c.code(), StatusCode::kIoError);
  c = Status();  // assigning OK clears
  EXPECT_TRUE(c.ok());
  Status d = std::move(a);
  EXPECT_EQ(d.message(), "disk full");
  Status& self = d;
  d = self;  // self-assignment keeps the value
  EXPECT_EQ(d.message(), "disk full");
}

Status FailsWhen(bool fail) { return fail ? Status::Internal("inner failed") : Status(); }

Status Outer(bool fail, bool* reached_end) {
  CG_RETURN_IF_ERROR(FailsWhen(fail));
  *reached_end = true;
  return Status();
}

TEST(StatusTest, ReturnIfErrorPropagates) {
  bool reached = false;
  Status s = Outer(true, &reached);
  EXPECT_FALSE(reached);
  EXPECT_EQ(s.code(), StatusCode::kInternal);
  EXPECT_EQ(s.message(), "inner failed");
  EXPECT_TRUE(Outer(false, &reached).ok());
  EXPECT_TRUE(reached);
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<std::string> good(std::string("value"));
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, "value");
  EXPECT_EQ(good->size(), 5u);
  EXPECT_TRUE(good.status().ok());
  std::string moved = std::move(good).value();
  EXPECT_EQ(moved, "value");

  Result<int> bad(Status::NotFound("claim 'x' not found"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(bad.status().ToString(), "claim 'x' not found");
}

}  // namespace
}  // namespace claimgraph
