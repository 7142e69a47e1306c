#include "CEditShim.h"
#include <signal.h>
#include <string.h>

EditLine *ces_init(const char *p) { return el_init(p, stdin, stdout, stderr); }
int ces_set_prompt_esc(EditLine *el, ces_prompt_fn f, char esc) { return el_set(el, EL_PROMPT_ESC, f, esc); }
int ces_set_editor(EditLine *el, const char *m) { return el_set(el, EL_EDITOR, m); }
int ces_get_editor(EditLine *el, char *buffer, int size) {
  const char *m = NULL;
  if (el_get(el, EL_EDITOR, &m) != 0 || m == NULL) return -1;
  strncpy(buffer, m, (size_t)size - 1); buffer[size - 1] = 0; return 0;
}
int ces_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int ces_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
int ces_addfn(EditLine *el, const char *n, const char *h, ces_cmd_fn f) { return el_set(el, EL_ADDFN, n, h, f); }
int ces_bind(EditLine *el, const char *k, const char *c) { return el_set(el, EL_BIND, k, c, NULL); }
int ces_set_clientdata(EditLine *el, void *d) { return el_set(el, EL_CLIENTDATA, d); }
void *ces_get_clientdata(EditLine *el) { void *d = NULL; el_get(el, EL_CLIENTDATA, &d); return d; }
int ces_set_tty(EditLine *el, const char *a) { return el_set(el, EL_SETTY, "-d", a, NULL); }
int ces_source(EditLine *el, const char *path) { return el_source(el, path); }
int ces_prep_term(EditLine *el, int on) { return el_set(el, EL_PREP_TERM, on); }

int ces_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
int ces_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
int ces_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
int ces_history_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }

static volatile sig_atomic_t sigint_flag = 0;
static void on_sigint(int s) { (void)s; sigint_flag = 1; }
int ces_install_sigint(void) {
  struct sigaction sa; memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint; sigemptyset(&sa.sa_mask); sa.sa_flags = 0; /* no SA_RESTART */
  return sigaction(SIGINT, &sa, NULL);
}
int ces_take_sigint(void) { int f = sigint_flag; sigint_flag = 0; return f; }
int ces_peek_sigint(void) { return sigint_flag; }
