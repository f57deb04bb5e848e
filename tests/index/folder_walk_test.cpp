// Folder walking under symbolic links (issue: a link loop indexed 3 files as 102
// documents) and ids that two inputs share (issue: one of two x.txt dropped silently).
#include <fstream>

#include <gtest/gtest.h>

#include "input/input_files.h"
#include "process.h"

namespace segugio::input {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

std::vector<std::string> ids(const InputList& list) {
  std::vector<std::string> out;
  for (const InputFile& f : list.files) out.push_back(f.id + (f.problem.empty() ? "" : " ! " + f.problem));
  return out;
}

TEST(FolderWalk, SymlinkLoopIsWalkedOnceAndWarnedAbout) {
  test::TempDir dir;
  const fs::path root = dir / "in";
  write(root / "a.txt", "uno");
  write(root / "sub/b.txt", "due");
  write(root / "sub/c.txt", "tre");
  fs::create_symlink("..", root / "sub/up");  // ln -s .. sub/up
  InputList list = list_inputs({root.string()});
  EXPECT_EQ(ids(list), (std::vector<std::string>{"a.txt", "sub/b.txt", "sub/c.txt"}));
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_EQ(list.warnings[0],
            (root / "sub/up").string() + ": warning: symbolic link loop: leads back to " + root.string() +
                "; not followed");
}

TEST(FolderWalk, TwoLinksToOneFolderWalkItOnce) {
  test::TempDir dir;
  const fs::path root = dir / "in";
  write(root / "real/x.txt", "uno");
  fs::create_directories(dir / "elsewhere");
  write(dir / "elsewhere/y.txt", "due");
  fs::create_symlink(dir / "elsewhere", root / "link1");
  fs::create_symlink(dir / "elsewhere", root / "link2");
  fs::create_symlink(root / "real", root / "zz-real-again");
  InputList list = list_inputs({root.string()});
  EXPECT_EQ(ids(list), (std::vector<std::string>{"link1/y.txt", "real/x.txt"}));
  ASSERT_EQ(list.warnings.size(), 2u);
  EXPECT_EQ(list.warnings[0], (root / "link2").string() + ": warning: leads to the folder " +
                                  (root / "link1").string() + ", already walked; not followed");
  EXPECT_EQ(list.warnings[1], (root / "zz-real-again").string() + ": warning: leads to the folder " +
                                  (root / "real").string() + ", already walked; not followed");
}

TEST(FolderWalk, SameRelativeIdInTwoInputsIsAProblemNamingBoth) {
  test::TempDir dir;
  write(dir / "A/x.txt", "primo");
  write(dir / "B/x.txt", "secondo");
  InputList list = list_inputs({(dir / "A").string(), (dir / "B").string()});
  ASSERT_EQ(list.files.size(), 2u);
  EXPECT_EQ(list.files[0].id, "x.txt");
  EXPECT_EQ(list.files[0].problem, "");
  EXPECT_EQ(list.files[1].path, (dir / "B/x.txt").string());
  EXPECT_EQ(list.files[1].problem, "id \"x.txt\" is also the id of " + (dir / "A/x.txt").string() +
                                       ", which is indexed; give --prefix-ids to name each folder's files by "
                                       "the folder");
}

TEST(FolderWalk, PrefixIdsNamesFilesByTheirInput) {
  test::TempDir dir;
  write(dir / "A/x.txt", "primo");
  write(dir / "B/sub/x.txt", "secondo");
  const std::string a = (dir / "A").string() + "/", b = (dir / "B").string();
  InputList list = list_inputs({a, b}, {Format::kAuto, true});
  EXPECT_EQ(ids(list), (std::vector<std::string>{(dir / "A/x.txt").string(), (dir / "B/sub/x.txt").string()}));
}

TEST(FolderWalk, TheSameFolderGivenTwiceIsListedOnce) {
  test::TempDir dir;
  write(dir / "A/x.txt", "primo");
  InputList list = list_inputs({(dir / "A").string(), (dir / "A").string() + "/"});
  EXPECT_EQ(ids(list), (std::vector<std::string>{"x.txt"}));
}

// A JSON Lines file has no id of its own: reached through two links it is read once,
// even when a text file's link to it came first (a text file under a second id is a
// second article).
TEST(FolderWalk, OneJsonLinesFileThroughTwoLinksIsReadOnce) {
  test::TempDir dir;
  const fs::path root = dir / "in";
  write(root / "data.jsonl", "{}\n");
  fs::create_symlink(root / "data.jsonl", root / "a.txt");
  fs::create_symlink(root / "data.jsonl", root / "z.jsonl");
  InputList list = list_inputs({root.string()});
  EXPECT_EQ(ids(list), (std::vector<std::string>{"a.txt", "data.jsonl"}));
}

}  // namespace
}  // namespace segugio::input
