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
