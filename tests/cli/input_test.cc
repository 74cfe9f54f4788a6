// InputText: regular files are memory-mapped, everything else is read; released
// bytes stay readable (an error message late in a file counts lines through them).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "cli/input.h"
#include "cli/run.h"
#include "tests/cli/cli_test_util.h"

namespace claimgraph::cli {
namespace {

namespace fs = std::filesystem;

fs::path TempPath(const std::string& name) {
  return fs::temp_directory_path() / ("claimgraph-input-" + std::to_string(::getpid()) + "-" + name);
}

std::string Write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

// A sheet of `rows` stances, about 60 bytes a row, and as many more as
// `quote_bytes` when each row carries a quote that long.
std::string Sheet(size_t rows, size_t quote_bytes = 0) {
  std::string text = "proposition,value,source,document";
  text += quote_bytes != 0 ? ",quote\n" : "\n";
  const std::string quote(quote_bytes, 'q');
  for (size_t i = 0; i < rows; ++i) {
    text += "p" + std::to_string(i % 10) + "," + std::to_string(i) + ",s" +
            std::to_string(i % 7) + ",document-number-" + std::to_string(i);
    text += quote_bytes != 0 ? "," + quote + "\n" : "\n";
  }
  return text;
}

TEST(InputTest, RegularFileIsMappedAndReleasedBytesStayReadable) {
  const std::string text = Sheet(100000);
  const fs::path path = TempPath("mapped.csv");
  Write(path, text);
  std::istringstream no_stdin;
  Result<InputText> input = InputText::Open(path.string(), no_stdin);
  ASSERT_TRUE(input.ok()) << input.status().ToString();
  EXPECT_TRUE(input->mapped());
  ASSERT_EQ(input->text(), text);
  input->Release(text.size() / 2);
  input->Release(text.size() / 4);  // going back is a no-op
  input->Release(text.size() * 2);  // past the end is clamped
  EXPECT_EQ(input->text(), text);   // every byte still reads the same
  fs::remove(path);
}

TEST(InputTest, StandardInputAndEmptyFilesAreRead) {
  std::istringstream in("a,b\n1,2\n");
  Result<InputText> from_stdin = InputText::Open("-", in);
  ASSERT_TRUE(from_stdin.ok());
  EXPECT_FALSE(from_stdin->mapped());
  EXPECT_EQ(from_stdin->text(), "a,b\n1,2\n");

  const fs::path empty = TempPath("empty.csv");
  Write(empty, "");
  Result<InputText> none = InputText::Open(empty.string(), in);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->text(), "");
  fs::remove(empty);
}

// The importers may read kTextPadding bytes past the end (Importer::set_padded):
// zeros, whether the file ends inside a page, at its end (the padding is then a
// page of its own) or from standard input.
TEST(InputTest, EveryTextIsFollowedByZeroPadding) {
  auto expect_padded = [](const InputText& input, size_t size) {
    ASSERT_EQ(input.text().size(), size);
    for (size_t i = 0; i < kTextPadding; ++i) {
      EXPECT_EQ(input.text().data()[size + i], '\0')
          << "padding byte " << i << " of a text of " << size;
    }
  };
  const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  std::istringstream no_stdin;
  for (size_t size : {size_t{1}, page - 1, page, page + 1, 2 * page - kTextPadding / 2, 3 * page}) {
    const fs::path path = TempPath("padded.json");
    Write(path, std::string(size, 'x'));
    Result<InputText> input = InputText::Open(path.string(), no_stdin);
    ASSERT_TRUE(input.ok()) << input.status().ToString();
    EXPECT_TRUE(input->mapped());
    expect_padded(*input, size);
    InputText moved = std::move(*input);
    expect_padded(moved, size);
    fs::remove(path);
  }
  std::istringstream in(std::string(page, 'y'));
  Result<InputText> from_stdin = InputText::Open("-", in);
  ASSERT_TRUE(from_stdin.ok());
  expect_padded(*from_stdin, page);
  std::istringstream again("abc");
  EXPECT_EQ(ReadInput("-", again).value(), "abc");  // ReadInput's string has no padding
}

TEST(InputTest, NamedPipeIsReadOnce) {
  const fs::path fifo = TempPath("pipe.csv");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const std::string text = Sheet(2000);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << text; });
  std::istringstream no_stdin;
  Result<InputText> input = InputText::Open(fifo.string(), no_stdin);
  writer.join();
  ASSERT_TRUE(input.ok()) << input.status().ToString();
  EXPECT_FALSE(input->mapped());
  EXPECT_EQ(input->text(), text);
  fs::remove(fifo);
}

TEST(InputTest, ErrorLateInALargeMappedFileNamesItsLine) {
  // The importer releases what it has read; the error's line count still works.
  // ~22 MB: several read-ahead batches (8192 rows) and releases; long quotes make
  // the bytes with few rows, which a sanitizer build reads much faster.
  const size_t rows = 24000;
  std::string text = Sheet(rows, 860);
  text += "p1,not-a-number,s1,d,q\n";
  const std::string path = Write(TempPath("late-error.csv"), text);
  testing_util::RunResult r = testing_util::RunCli({"check", path});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find(path + ":" + std::to_string(rows + 2) + ":4 (column 'value'): bad value"),
            std::string::npos)
      << r.err;
  fs::remove(path);
}

TEST(InputTest, ErrorLateInALargeMappedJsonNamesItsLine) {
  const std::string csv = Write(TempPath("for-json.csv"), Sheet(30000, 860));
  const std::string json = TempPath("late-error.json").string();
  testing_util::RunResult exported =
      testing_util::RunCli({"export", csv, "--format", "json", "--pretty", "-o", json});
  ASSERT_EQ(exported.code, 0) << exported.err;
  std::string text = testing_util::ReadFile(json);
  ASSERT_GT(text.size(), size_t{3} * (8 << 20));  // several 8 MiB releases happen first
  const size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  text.insert(text.rfind('}'), "\"late\": 1\n");  // no comma before it: a syntax error on the last line
  Write(json, text);
  testing_util::RunResult r = testing_util::RunCli({"check", json});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find(json + ":" + std::to_string(lines + (text.back() == '\n' ? 0 : 1))),
            std::string::npos)
      << r.err;
  fs::remove(csv);
  fs::remove(json);
}

}  // namespace
}  // namespace claimgraph::cli
