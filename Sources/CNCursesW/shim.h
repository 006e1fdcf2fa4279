// The parts of ncursesw that Swift cannot import directly: macros (getmaxyx, COLOR_PAIR,
// KEY_F, attribute bits), globals that Swift 6 treats as unsafe (stdscr, COLORS), and the
// wide-character cell API that needs _XOPEN_SOURCE_EXTENDED before the header.
#ifndef CITYDASH_NCURSES_SHIM_H
#define CITYDASH_NCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <ncursesw/curses.h>
#include <locale.h>
#include <wchar.h>

static inline WINDOW *citydash_stdscr(void) { return stdscr; }
static inline int citydash_colors(void) { return COLORS; }
static inline int citydash_color_pairs(void) { return COLOR_PAIRS; }
static inline int citydash_key_f(int n) { return KEY_F(n); }

static inline void citydash_size(int *rows, int *cols) {
    int y, x;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *cols = x;
}

enum {
    CITYDASH_ATTR_BOLD = 1,
    CITYDASH_ATTR_REVERSE = 2,
    CITYDASH_ATTR_UNDERLINE = 4,
};

static inline attr_t citydash_attrs(int flags) {
    attr_t attrs = A_NORMAL;
    if (flags & CITYDASH_ATTR_BOLD) attrs |= A_BOLD;
    if (flags & CITYDASH_ATTR_REVERSE) attrs |= A_REVERSE;
    if (flags & CITYDASH_ATTR_UNDERLINE) attrs |= A_UNDERLINE;
    return attrs;
}

/// Puts one character (a NUL-terminated wide string: a base character and any combining marks)
/// at (y, x) with attributes and colour pair; ncurses records it and sends only changes on refresh.
static inline int citydash_put(int y, int x, const wchar_t *text, int flags, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, citydash_attrs(flags), pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

static inline void citydash_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
    mouseinterval(0);
}

/// Reads a pending mouse event; returns 1 for a left click or press at (*y, *x).
static inline int citydash_mouse_click(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *y = event.y;
    *x = event.x;
    return (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) ? 1 : 0;
}

/// Pseudo-terminal calls (for PseudoTerminalMeter) that glibc declares only under _XOPEN_SOURCE,
/// which Swift's system modules are not built with; the same prototypes as <stdlib.h>.
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

#endif
