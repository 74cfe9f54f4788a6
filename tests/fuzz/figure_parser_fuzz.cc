// libFuzzer target: ParseNumber and ParseFigure on any bytes. Beyond not crashing,
// what they accept must respect the documented limits: finite, |v| <= 1e15, no -0,
// and a range's ends in order.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "importers/figure_parser.h"

namespace {

void Require(bool condition) {
  if (!condition) std::abort();
}

void CheckValue(double v) {
  Require(std::isfinite(v));
  Require(std::fabs(v) <= claimgraph::kMaxFigureMagnitude);
  Require(!(v == 0 && std::signbit(v)));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string error;
  double value = 0;
  if (claimgraph::ParseNumber(text, &value, &error)) {
    CheckValue(value);
  } else {
    Require(!error.empty());
  }
  error.clear();
  claimgraph::ParsedFigure figure;
  if (claimgraph::ParseFigure(text, &figure, &error)) {
    CheckValue(figure.value);
    CheckValue(figure.value_hi);
    Require(figure.value <= figure.value_hi);
    Require(figure.is_range || figure.value == figure.value_hi);
  } else {
    Require(!error.empty());
  }
  return 0;
}
