#pragma once

#include <Qt>

namespace parallax::coverage_ui {

// Data roles of the coverage models, in one place.
enum Role {
    CarriageRole = Qt::UserRole + 1, // int(Carriage) of a matrix cell
    CarriersRole,                    // articles carrying the row's claim
    PositionRole,                    // the claim's place in story order
    DiscrepancyRole,                 // the cell's article states a differing fact
    QuoteRole,                       // the claim holds quoted speech
    NumberRole,                      // the claim states a figure
    ClaimIndexRole,                  // row index into the model's rows
    AnnotationIdRole,                // id of a note
};

} // namespace parallax::coverage_ui
