#include "GumboTree_p.h"

#include <cstdlib>

namespace parallax::htmlreader {

namespace {
constexpr size_t MaxSmallBlock = 256;
constexpr size_t ChunkBytes = 64 * 1024;
// Beyond this, small blocks are allocated one by one, so that a hostile page
// that makes gumbo churn through buffers cannot grow the arena without end.
constexpr size_t MaxChunkBytes = 64 * 1024 * 1024;
// Marks a block cut from a chunk: its header's next points here.
alignas(std::max_align_t) char smallMark;
} // namespace

GumboArena::~GumboArena()
{
    while (m_last) {
        Header *previous = m_last->previous;
        std::free(m_last);
        m_last = previous;
    }
    while (m_chunks) {
        Header *previous = m_chunks->previous;
        std::free(m_chunks);
        m_chunks = previous;
    }
}

void *GumboArena::allocate(void *arena, size_t size)
{
    auto *self = static_cast<GumboArena *>(arena);
    if (size <= MaxSmallBlock && self->m_chunkBytes <= MaxChunkBytes)
        return self->allocateSmall(size);
    return self->allocateLarge(size);
}

void *GumboArena::allocateSmall(size_t size)
{
    const size_t needed = sizeof(Header) + (size + alignof(Header) - 1) / alignof(Header) * alignof(Header);
    if (needed > m_freeBytes) {
        auto *chunk = static_cast<Header *>(std::malloc(ChunkBytes));
        if (!chunk)
            std::abort(); // gumbo has no way to fail an allocation
        chunk->previous = m_chunks;
        chunk->next = nullptr;
        m_chunks = chunk;
        m_free = reinterpret_cast<char *>(chunk + 1);
        m_freeBytes = ChunkBytes - sizeof(Header);
        m_chunkBytes += ChunkBytes;
    }
    auto *header = reinterpret_cast<Header *>(m_free);
    header->previous = nullptr;
    header->next = reinterpret_cast<Header *>(&smallMark);
    m_free += needed;
    m_freeBytes -= needed;
    return header + 1;
}

void *GumboArena::allocateLarge(size_t size)
{
    auto *header = static_cast<Header *>(std::malloc(sizeof(Header) + size));
    if (!header)
        std::abort(); // gumbo has no way to fail an allocation
    header->previous = m_last;
    header->next = nullptr;
    if (m_last)
        m_last->next = header;
    m_last = header;
    return header + 1;
}

void GumboArena::deallocate(void *arena, void *pointer)
{
    if (!pointer)
        return;
    auto *self = static_cast<GumboArena *>(arena);
    Header *header = static_cast<Header *>(pointer) - 1;
    if (header->next == reinterpret_cast<Header *>(&smallMark))
        return; // freed with its chunk
    if (header->previous)
        header->previous->next = header->next;
    if (header->next)
        header->next->previous = header->previous;
    else
        self->m_last = header->previous;
    std::free(header);
}

const GumboVector *childrenOf(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

QString textOf(const GumboNode *element)
{
    QString text;
    const GumboVector &children = element->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
            || child->type == GUMBO_NODE_CDATA)
            text += QString::fromUtf8(child->v.text.text);
    }
    return text;
}

namespace {

class TextGatherer final
{
public:
    bool enter(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            m_text += QString::fromUtf8(node->v.text.text);
            return false;
        case GUMBO_NODE_ELEMENT:
            switch (node->v.element.tag) {
            case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
            case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
            case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
                return false;
            case GUMBO_TAG_BR:
                m_text += u' ';
                return false;
            default:
                return true;
            }
        default:
            return node->type == GUMBO_NODE_DOCUMENT;
        }
    }
    void leave(const GumboNode *) { }
    QString m_text;
};

} // namespace

QString visibleText(const GumboNode *element)
{
    TextGatherer gatherer;
    walk(element, gatherer);
    return gatherer.m_text;
}

} // namespace parallax::htmlreader
