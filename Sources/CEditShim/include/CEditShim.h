// Non-variadic wrappers around libedit for Swift, which cannot call the
// variadic el_set, el_get and history functions. Every wrapper is one line.
#ifndef CEDITSHIM_H
#define CEDITSHIM_H
#include <stdio.h>
#include <histedit.h>

typedef char *(*ces_prompt_fn)(EditLine *);
typedef unsigned char (*ces_cmd_fn)(EditLine *, int);

EditLine *ces_init(const char *prog);
int ces_set_prompt_esc(EditLine *el, ces_prompt_fn f, char esc);
int ces_set_editor(EditLine *el, const char *mode);
int ces_get_editor(EditLine *el, char *buffer, int size);
int ces_set_signal(EditLine *el, int on);
int ces_set_hist(EditLine *el, History *h);
int ces_addfn(EditLine *el, const char *name, const char *help, ces_cmd_fn f);
int ces_bind(EditLine *el, const char *key, const char *command);
int ces_set_clientdata(EditLine *el, void *data);
void *ces_get_clientdata(EditLine *el);
int ces_set_tty(EditLine *el, const char *arg);
int ces_source(EditLine *el, const char *path);
int ces_prep_term(EditLine *el, int on);

int ces_history_setsize(History *h, int n);
int ces_history_setunique(History *h, int on);
int ces_history_enter(History *h, const char *line);
int ces_history_clear(History *h);

int ces_install_sigint(void);
int ces_take_sigint(void);
int ces_peek_sigint(void);
#endif
