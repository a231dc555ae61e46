#!/bin/sh
# Removes entries from the target's install directory before the copy (installsync.cpp):
# those whose type differs from the source's, and the extraneous ones when the plan asks to
# delete them. Only the top of each removed tree is named.
#
# $1 the install directory.
# Stdin: the entries, NUL separated, each as "./path" relative to $1.
# Output: none (errors on stderr).
# Exit status: 0 when done; else cd's or xargs's (123 when an rm failed).
cd -- "$1" && xargs -0 -r rm -rf --
