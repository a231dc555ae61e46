#pragma once
// Small owning wrappers for libssh handles (in the spirit of libssh's own libsshpp.hpp).
#include <libssh/libssh.h>
#include <memory>

namespace oef::ssh {

struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        if (s) {
            ssh_disconnect(s);
            ssh_free(s);
        }
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const
    {
        if (!c)
            return;
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct HashDeleter
{
    void operator()(unsigned char *h) const { ssh_clean_pubkey_hash(&h); }
};
struct StringDeleter
{
    void operator()(char *s) const { ssh_string_free_char(s); }
};

using Session = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using Channel = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using Key = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using Hash = std::unique_ptr<unsigned char, HashDeleter>;
using CString = std::unique_ptr<char, StringDeleter>;

} // namespace oef::ssh
