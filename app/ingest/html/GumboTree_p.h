#pragma once

// The tree gumbo parses a page into: who owns it and how to read it; private
// to the HTML reader.

#include <QString>

#include <gumbo.h>

#include <cstddef>
#include <utility>
#include <vector>

namespace parallax::htmlreader {

// Owns every block gumbo allocates, so that the tree is freed without
// gumbo_destroy_output, which recurses as deep as the tree is. Small blocks
// (most of them: nodes, short strings, buffers gumbo soon replaces) are cut
// from large chunks and only freed with the arena, which halves the cost of
// a parse; past a budget, and for large blocks, each is its own allocation.
class GumboArena final
{
    Q_DISABLE_COPY_MOVE(GumboArena)
public:
    GumboArena() = default;
    ~GumboArena();

    // GumboOptions::allocator and ::deallocator, with the arena as userdata.
    static void *allocate(void *arena, size_t size);
    static void deallocate(void *arena, void *pointer);

private:
    struct alignas(std::max_align_t) Header {
        Header *previous;
        Header *next;
    };
    void *allocateSmall(size_t size);
    void *allocateLarge(size_t size);

    Header *m_last = nullptr;      // the newest large block
    Header *m_chunks = nullptr;    // the newest chunk, linked through previous
    char *m_free = nullptr;        // the unused rest of the newest chunk
    size_t m_freeBytes = 0;
    size_t m_chunkBytes = 0;       // all chunks together
};

// The children of a document, element or template node; nullptr for others.
const GumboVector *childrenOf(const GumboNode *node);

// Visits the tree in document order with an explicit stack: a gumbo tree can
// be as deep as its input allows. The visitor's enter() says whether to go
// into a node; leave() is called for the nodes it went into.
template <typename Visitor>
void walk(const GumboNode *root, Visitor &visitor)
{
    std::vector<std::pair<const GumboNode *, unsigned int>> stack;
    if (visitor.enter(root))
        stack.emplace_back(root, 0);
    while (!stack.empty()) {
        const GumboNode *node = stack.back().first;
        const GumboVector *children = childrenOf(node);
        const unsigned int next = stack.back().second++;
        if (children && next < children->length) {
            const auto *child = static_cast<const GumboNode *>(children->data[next]);
            if (visitor.enter(child))
                stack.emplace_back(child, 0);
        } else {
            visitor.leave(node);
            stack.pop_back();
        }
    }
}

// The element's attribute, empty when it has none of that name.
QString attribute(const GumboNode *node, const char *name);

// The element's own text, without that of its child elements.
QString textOf(const GumboNode *element);

// All the text a reader sees inside the element, children's included,
// without scripts, styles and embedded documents.
QString visibleText(const GumboNode *element);

} // namespace parallax::htmlreader
