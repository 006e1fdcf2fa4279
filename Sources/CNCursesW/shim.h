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
#include <ncursesw/term.h>
#include <locale.h>
#include <sys/ioctl.h>
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

/// A string capability of the current terminal's terminfo entry, or NULL when it has none
/// (tigetstr's absent and cancelled markers both become NULL).
static inline const char *citydash_string_capability(const char *name) {
    char *value = tigetstr((NCURSES_CONST char *)name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/// Whether the current terminal's terminfo entry sets boolean capability `name`.
static inline int citydash_flag_capability(const char *name) {
    return tigetflag((NCURSES_CONST char *)name) > 0;
}

/// tiparm with one or two numbers (tiparm is variadic, so Swift cannot call it).
static inline const char *citydash_tiparm1(const char *format, int a) { return tiparm(format, a); }
static inline const char *citydash_tiparm2(const char *format, int a, int b) { return tiparm(format, a, b); }

/// Where curses believes the terminal's cursor is (curscr's cursor after its last update).
static inline void citydash_physical_cursor(int *y, int *x) {
    int row, col;
    getyx(curscr, row, col);
    *y = row;
    *x = col;
}

static inline void citydash_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}

enum {
    CITYDASH_MOUSE_OTHER = 0,
    CITYDASH_MOUSE_CLICK = 1,
    CITYDASH_MOUSE_WHEEL_UP = 2,
    CITYDASH_MOUSE_WHEEL_DOWN = 3,
};

/// Reads a pending mouse event: a left click or press at (*y, *x), a wheel notch (xterm
/// reports them as presses of buttons 4 and 5), or anything else (right clicks, releases).
static inline int citydash_mouse_event(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return CITYDASH_MOUSE_OTHER;
    *y = event.y;
    *x = event.x;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return CITYDASH_MOUSE_CLICK;
    if (event.bstate & BUTTON4_PRESSED) return CITYDASH_MOUSE_WHEEL_UP;
    if (event.bstate & BUTTON5_PRESSED) return CITYDASH_MOUSE_WHEEL_DOWN;
    return CITYDASH_MOUSE_OTHER;
}

/// Bytes waiting to be read on `fd` (FIONREAD; ioctl is variadic, so Swift cannot call it),
/// or -1 with errno set (EIO on a terminal that was hung up).
static inline int citydash_pending_bytes(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : -1;
}

enum {
    CITYDASH_TERMINAL_USABLE = 1,
    CITYDASH_TERMINAL_UNKNOWN = 0,
    CITYDASH_TERMINAL_NO_DATABASE = -1,
    CITYDASH_TERMINAL_CANNOT_ADDRESS = -2,
};

/// Whether terminfo describes terminal type `name` well enough to draw a screen on it, asked
/// through setupterm's error return so ncurses never prints its own message and exits (as
/// initscr does). Cannot-address: a hard-copy terminal or one without cursor addressing (dumb).
static inline int citydash_terminal_usable(const char *name) {
    int error = 0;
    if (setupterm((char *)name, 1, &error) != OK) {
        if (error == 1) return CITYDASH_TERMINAL_CANNOT_ADDRESS;
        return error == -1 ? CITYDASH_TERMINAL_NO_DATABASE : CITYDASH_TERMINAL_UNKNOWN;
    }
    char *address = tigetstr("cup");
    int usable = tigetflag("hc") <= 0 && address != NULL && address != (char *)-1;
    del_curterm(cur_term);
    return usable ? CITYDASH_TERMINAL_USABLE : CITYDASH_TERMINAL_CANNOT_ADDRESS;
}

/// Pseudo-terminal calls (for PseudoTerminalMeter) that glibc declares only under _XOPEN_SOURCE,
/// which Swift's system modules are not built with; the same prototypes as <stdlib.h>.
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

#endif
