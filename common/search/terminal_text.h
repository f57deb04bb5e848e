#pragma once
// Text from articles made safe to print on a terminal. An article may hold control
// characters (ESC, BEL, a raw CR...), and printed raw they would let a hostile article
// recolour, retitle or rewrite the user's terminal. Every C0 control, DEL and every C1
// control (U+0080-U+009F) is shown as a visible escape instead: "\x1b", "\x7f",
// "\u009b". Tabs and line ends become one space, so that a field stays on its line.
// Everything else, invalid UTF-8 included, passes as it is.
#include <string>
#include <string_view>

namespace segugio::search {

std::string terminal_text(std::string_view text);

}  // namespace segugio::search
