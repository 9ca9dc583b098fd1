;;; eglot-hover.el --- drive rcode-ls through eglot, headless: emacs --batch -Q -l eglot-hover.el
;; A real LSP client nobody here wrote.  Loads rcode-ls-eglot.el (the setup docs/EDITORS.md shows) from
;; this directory, visits RCODE_FILE, lets that setup start eglot, asks textDocument/hover at
;; RCODE_LINE / RCODE_COL (0-based, UTF-16) and writes "languageId=<id>" then the hover text to RCODE_OUT.
;; Exit status: 0 answered, 1 failed (the reason is in RCODE_OUT), 3 eglot cannot be loaded.
;; Environment: RCODE_JAR (the jar; java is found on PATH), RCODE_PROBE (set: only check that eglot loads).

(require 'package)
;; Debian's elpa-* packages live here; -Q skips the site start-up that would add them.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(unless (require 'eglot nil t)
  (kill-emacs 3))
(when (getenv "RCODE_PROBE")
  (kill-emacs 0))

(defvar rcode-test-out (getenv "RCODE_OUT"))

(defun rcode-test-finish (text ok)
  (with-temp-file rcode-test-out
    (insert text))
  (kill-emacs (if ok 0 1)))

(condition-case err
    (let* ((here (file-name-directory (or load-file-name buffer-file-name)))
           (eglot-sync-connect t)
           (eglot-connect-timeout 60))
      ;; the jar under test; the setup's defvar keeps a value set before it loads (java comes from PATH)
      (defvar rcode-ls-jar (getenv "RCODE_JAR"))
      (load (expand-file-name "rcode-ls-eglot.el" here) nil t)
      (require 'eglot)
      (find-file (getenv "RCODE_FILE"))
      ;; the setup's mode hook ran eglot-ensure, which connects after the next command; batch mode has no
      ;; command loop, so run the post-command hook once as the end of a command would
      (run-hooks 'post-command-hook)
      (let ((deadline (+ (float-time) 60)))
        (while (and (not eglot--managed-mode) (< (float-time) deadline))
          (accept-process-output nil 0.1)))
      (unless eglot--managed-mode
        (rcode-test-finish (format "eglot did not manage the buffer (mode %s)" major-mode) nil))
      (let* ((server (eglot--current-server-or-lose))
             (hover (jsonrpc-request
                     server :textDocument/hover
                     (list :textDocument (eglot--TextDocumentIdentifier)
                           :position (list :line (string-to-number (getenv "RCODE_LINE"))
                                           :character (string-to-number (getenv "RCODE_COL"))))
                     :timeout 30))
             (contents (plist-get hover :contents))
             (text (cond ((stringp contents) contents)
                         ((and (consp contents) (stringp (plist-get contents :value)))
                          (plist-get contents :value)))))
        (if (not (and text (> (length text) 0)))
            (rcode-test-finish (format "empty hover: %S" hover) nil)
          (let ((language-id (eglot--language-id server))
                (page (progn
                        ;; what the code action "Explain SERVFAIL" runs; the setup's advice shows the answer
                        (eglot-execute-command server 'rcode.explain ["rcode:2"])
                        (with-current-buffer (get-buffer-create "*rcode-ls*")
                          (buffer-substring-no-properties (point-min) (min (point-max) 200))))))
            (eglot-shutdown server nil 10)   ; fails the run when the server does not answer shutdown
            (rcode-test-finish (format "languageId=%s\n%s\npage=%s" language-id text page) t)))))
  (error (rcode-test-finish (format "error: %S" err) nil)))
