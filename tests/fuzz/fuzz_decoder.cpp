// decodeText never fails on hostile bytes: it decodes or gives a reason.
#include "FuzzSupport.h"
#include "ingest/Decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const parallax::DecodeResult result = parallax::decodeText(parallax::fuzz::bytes(data, size));
    if (result.ok() == !result.error.isEmpty())
        parallax::fuzz::broken("a decode result is either text or an error");
    if (result.ok() && result.decoded.text.contains(u'\r'))
        parallax::fuzz::broken("decoded line endings are \\n");
    return 0;
}
