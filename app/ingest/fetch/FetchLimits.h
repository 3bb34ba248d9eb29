#pragma once

#include "ingest/Importer.h"

#include <chrono>

namespace parallax {

// How far one page fetch may go. The defaults are what a person gets; tests
// hand in short times so that a server that stalls fails in moments.
struct FetchLimits {
    int maxRedirects = 5;
    // No byte for this long fails the fetch, however long it has run.
    std::chrono::milliseconds transferTimeout{std::chrono::seconds(30)};
    // The whole request chain, redirects included, ends by then: a server
    // that trickles one byte a second cannot hold a fetch for ever.
    std::chrono::milliseconds deadline{std::chrono::minutes(2)};
    // Counted as the bytes arrive, after decompression: the import limit.
    qint64 maxBytes = Importer::maxFileBytes;
    // Fetches of a batch that run at the same time.
    int parallel = 3;
};

} // namespace parallax
