// Output: a file is written whole or not at all, and a large one goes past the
// page cache (O_DIRECT) where the file system allows, with the same bytes.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli/output.h"
#include "tests/cli/cli_test_util.h"

namespace claimgraph::cli {
namespace {

using testing_util::ReadFile;
using testing_util::ScratchDirTest;

class OutputTest : public ScratchDirTest {};

// Whether `folder`'s file system takes an O_DIRECT write of one aligned block.
bool TakesDirectWrites(const std::filesystem::path& folder) {
  const std::string path = (folder / "probe").string();
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_DIRECT, 0600);
  if (fd < 0) return false;
  void* block = std::aligned_alloc(4096, 4096);
  std::memset(block, 'x', 4096);
  const bool ok = ::write(fd, block, 4096) == 4096;
  std::free(block);
  ::close(fd);
  std::filesystem::remove(path);
  return ok;
}

// Bytes that show any misplaced, lost or repeated run.
std::string Payload(size_t size, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::string bytes(size, '\0');
  uint64_t word = 0;
  for (size_t i = 0; i < size; ++i, word >>= 5) {
    if (i % 12 == 0) word = rng();
    bytes[i] = static_cast<char>('a' + word % 26);
  }
  return bytes;
}

// Writes `payload` in uneven pieces with flushes between some of them, the way
// the exporters do, and commits.
Status WriteInPieces(const std::string& path, const std::string& payload, size_t direct_from,
                     Sync sync = Sync::kNone) {
  std::ostringstream unused;
  auto output = Output::Open(path, unused, sync, direct_from);
  if (!output.ok()) return output.status();
  std::mt19937 rng(7);
  size_t at = 0;
  while (at < payload.size()) {
    // Mostly small tokens, now and then a run longer than the 8 MiB buffer.
    size_t n = rng() % 50 == 0 ? (size_t{9} << 20) + rng() % 5000 : 1 + rng() % 3000;
    n = std::min(n, payload.size() - at);
    (*output)->stream().write(payload.data() + at, static_cast<std::streamsize>(n));
    if (rng() % 200 == 0) (*output)->stream().flush();
    at += n;
  }
  return (*output)->Commit();
}

TEST_F(OutputTest, LargeFileGoesDirectWithTheSameBytes) {
  const bool direct_here = TakesDirectWrites(dir_);
  // Sizes around block and buffer edges; the direct threshold is lowered so
  // the test stays small.
  for (size_t size : {size_t{0}, size_t{1}, size_t{4095}, size_t{4096}, size_t{(8 << 20) - 1},
                      size_t{8 << 20}, size_t{(8 << 20) + 1}, size_t{(17 << 20) + 12345}}) {
    SCOPED_TRACE(size);
    const std::string payload = Payload(size, static_cast<unsigned>(size));
    const std::string path = (dir_ / "out.json").string();
    std::ostringstream unused;
    // With the fsync: the direct path's blocks and the buffered tail both reach it.
    auto output = Output::Open(path, unused, Sync::kFsync, /*direct_from=*/1 << 20);
    ASSERT_TRUE(output.ok());
    std::mt19937 rng(static_cast<unsigned>(size));
    for (size_t at = 0; at < payload.size();) {
      size_t n = std::min(payload.size() - at, size_t{1} + rng() % 70000);
      (*output)->stream().write(payload.data() + at, static_cast<std::streamsize>(n));
      at += n;
    }
    ASSERT_TRUE((*output)->Commit().ok());
    EXPECT_EQ((*output)->wrote_direct(), direct_here && size >= (2 << 20))
        << "file system takes O_DIRECT: " << direct_here;
    const std::string back = ReadFile(path);
    ASSERT_EQ(back.size(), payload.size());
    EXPECT_TRUE(back == payload) << "the bytes differ";
  }
}

TEST_F(OutputTest, FlushesAndLongRunsKeepTheBytesInOrder) {
  const std::string payload = Payload((20 << 20) + 777, 3);
  for (Sync sync : {Sync::kNone, Sync::kFsync}) {
    SCOPED_TRACE(sync == Sync::kNone ? "rename only" : "fsync, rename");
    const std::string path = (dir_ / "out.json").string();
    ASSERT_TRUE(WriteInPieces(path, payload, /*direct_from=*/3 << 20, sync).ok());
    const std::string back = ReadFile(path);
    ASSERT_EQ(back.size(), payload.size());
    EXPECT_TRUE(back == payload) << "the bytes differ";
    EXPECT_EQ(Listing(), std::vector<std::string>{"out.json"}) << "a temporary file was left";
  }
}

// A write that fails on the writer thread (here: past the file size limit) fails
// the commit with the file named, and leaves nothing behind.
TEST_F(OutputTest, FailedDirectWriteFailsTheCommitAndLeavesNoFile) {
  struct rlimit old;
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
  struct rlimit limit = old;
  limit.rlim_cur = 12 << 20;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limit), 0);
  void (*old_handler)(int) = std::signal(SIGXFSZ, SIG_IGN);  // EFBIG instead of a signal
  const std::string path = (dir_ / "out.json").string();
  Status status = WriteInPieces(path, Payload((24 << 20) + 5, 9), /*direct_from=*/1 << 20);
  std::signal(SIGXFSZ, old_handler);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &old), 0);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find(path), std::string::npos) << status.message();
  EXPECT_TRUE(Listing().empty()) << "left: " << Listing().front();
}

// Below the threshold nothing changes: buffered, same bytes.
TEST_F(OutputTest, SmallFileStaysBuffered) {
  const std::string payload = Payload(100000, 5);
  const std::string path = (dir_ / "small.json").string();
  std::ostringstream unused;
  auto output = Output::Open(path, unused);
  ASSERT_TRUE(output.ok());
  (*output)->stream() << payload;
  ASSERT_TRUE((*output)->Commit().ok());
  EXPECT_FALSE((*output)->wrote_direct());
  EXPECT_EQ(ReadFile(path), payload);
}

}  // namespace
}  // namespace claimgraph::cli
