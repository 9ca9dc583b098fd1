;;; rcode-ls with eglot: Emacs 28 with eglot 1.9 (Debian: emacs-nox elpa-eglot), or Emacs 29+ (eglot built in).

;; Loaded here, since the mode hooks below call eglot-ensure (also with use-package, straight or -Q setups where
;; package.el has not activated eglot yet).
(require 'eglot)

(defvar rcode-ls-jar (expand-file-name "~/src/rcode-ls/server/target/rcode-ls.jar")
  "Where rcode-ls.jar was built.")

(defvar rcode-ls-command
  (list "java" "-XX:+UseSerialGC" "-XX:TieredStopAtLevel=1" "-Xlog:disable" "-Xlog:all=warning:stderr"
        "-XX:+DisplayVMOutputToStderr" "-jar" rcode-ls-jar)
  "How to start rcode-ls (stdio).")

;; Small modes for files Emacs has no mode for; they exist so eglot can name the file's language.
(define-derived-mode rcode-dig-mode text-mode "dig" "Saved dig, kdig, drill or delv output.")
(define-derived-mode rcode-log-mode text-mode "DNS-log" "DNS server and resolver logs.")
(define-derived-mode rcode-corefile-mode conf-space-mode "Corefile" "CoreDNS Corefile.")
(define-derived-mode rcode-unbound-mode conf-space-mode "unbound.conf" "Unbound configuration.")
(define-derived-mode rcode-named-mode prog-mode "named.conf" "BIND named.conf."
  (modify-syntax-entry ?# "<" rcode-named-mode-syntax-table)
  (modify-syntax-entry ?/ ". 124" rcode-named-mode-syntax-table)
  (modify-syntax-entry ?* ". 23b" rcode-named-mode-syntax-table)
  (modify-syntax-entry ?\n ">" rcode-named-mode-syntax-table)
  (setq-local comment-start "// "))

(dolist (pair '(("\\.dig\\'" . rcode-dig-mode)
                ("\\.log\\'" . rcode-log-mode)
                ("/Corefile\\'" . rcode-corefile-mode)
                ("/unbound\\.conf\\'" . rcode-unbound-mode)
                ("/unbound\\.conf\\.d/.*\\.conf\\'" . rcode-unbound-mode)
                ("/named[^/]*\\.conf\\(\\.[^/]*\\)?\\'" . rcode-named-mode)
                ("\\.rpz\\'" . dns-mode)                ; dns-mode: Emacs's own zone file mode
                ("\\.zone\\'" . dns-mode)))
  (add-to-list 'auto-mode-alist pair))

;; One entry per mode: eglot 1.9 gives a server one language id, the first buffer's.
(with-eval-after-load 'eglot
  (dolist (mode '((rcode-dig-mode . "dig-output") (rcode-log-mode . "log")
                  (rcode-corefile-mode . "corefile") (rcode-unbound-mode . "unbound-conf")
                  (rcode-named-mode . "named-conf") (dns-mode . "dns-zone")))
    (add-to-list 'eglot-server-programs
                 (cons (list (list (car mode) :language-id (cdr mode))) rcode-ls-command))))

(dolist (hook '(rcode-dig-mode-hook rcode-log-mode-hook rcode-corefile-mode-hook
                rcode-unbound-mode-hook rcode-named-mode-hook dns-mode-hook))
  (add-hook hook #'eglot-ensure))

;; Settings: rcode-ls asks for the section "rcode" (workspace/configuration).
(setq-default eglot-workspace-configuration
              '(:rcode (:hover t :completion t :diagnostics t :inlayHints t :locale "")))

;; The code actions "Explain X" and "Compare X with Y" answer with a page (Markdown); eglot drops a command's
;; answer, so show it in a buffer of its own. Up to eglot 1.15 (Emacs 28, 29) code actions run their command
;; through eglot-execute-command; later eglot (Emacs 30) goes through eglot-execute, which this does not reach.
(define-advice eglot-execute-command (:around (run server command arguments) rcode-ls-page)
  (let ((result (funcall run server command arguments)))
    (when (and (stringp result) (member (format "%s" command) '("rcode.explain" "rcode.compare")))
      (with-current-buffer (get-buffer-create "*rcode-ls*")
        (let ((inhibit-read-only t))
          (erase-buffer)
          (insert result))
        (goto-char (point-min))
        (special-mode)
        (display-buffer (current-buffer))))
    result))
