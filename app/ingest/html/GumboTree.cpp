#include "GumboTree_p.h"

#include <cstdlib>

namespace parallax::htmlreader {

GumboArena::~GumboArena()
{
    while (m_last) {
        Header *previous = m_last->previous;
        std::free(m_last);
        m_last = previous;
    }
}

void *GumboArena::allocate(void *arena, size_t size)
{
    auto *header = static_cast<Header *>(std::malloc(sizeof(Header) + size));
    if (!header)
        std::abort(); // gumbo has no way to fail an allocation
    auto *self = static_cast<GumboArena *>(arena);
    header->previous = self->m_last;
    header->next = nullptr;
    if (self->m_last)
        self->m_last->next = header;
    self->m_last = header;
    return header + 1;
}

void GumboArena::deallocate(void *arena, void *pointer)
{
    if (!pointer)
        return;
    auto *self = static_cast<GumboArena *>(arena);
    Header *header = static_cast<Header *>(pointer) - 1;
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

} // namespace parallax::htmlreader
