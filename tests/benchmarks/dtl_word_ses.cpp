// The reference a long comparison is measured against: a flat word diff of
// two files with dtl, the shortest edit script (SES) of their words and
// nothing more. Words are runs of non-space bytes, as git's --word-diff
// reads them. Prints the edit distance, so that the work cannot be skipped.
//   build/release/tests/benchmarks/dtl_word_ses A.txt B.txt
// Used by tests/benchmarks/command_line_speed.py.
#include <dtl/dtl.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::string> wordsOf(const char *path, bool *ok)
{
    std::ifstream file(path, std::ios::binary);
    *ok = bool(file);
    std::vector<std::string> words;
    std::string word;
    while (file >> word)
        words.push_back(std::move(word));
    return words;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::cerr << "usage: dtl_word_ses A B\n";
        return 2;
    }
    bool okA = false;
    bool okB = false;
    const std::vector<std::string> a = wordsOf(argv[1], &okA);
    const std::vector<std::string> b = wordsOf(argv[2], &okB);
    if (!okA || !okB) {
        std::cerr << "dtl_word_ses: cannot read " << (okA ? argv[2] : argv[1]) << '\n';
        return 1;
    }
    dtl::Diff<std::string> diff(a, b);
    // Bounds dtl's path record on long inputs, as the engine does.
    diff.enableHuge();
    diff.compose();
    std::cout << diff.getEditDistance() << ' ' << diff.getSes().getSequence().size() << '\n';
    return 0;
}
