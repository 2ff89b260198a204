#include "inputs.h"

const struct fs_special fs_specials[FS_NSPECIALS] = {
    {"+0", 0x00000000u},
    {"-0", 0x80000000u},
    {"+inf", 0x7f800000u},
    {"-inf", 0xff800000u},
    {"+qNaN", 0x7fc00000u},
    {"-qNaN", 0xffc00000u},
    {"+sNaN", 0x7f800001u},
    {"-sNaN", 0xffa00000u},
    {"+min subnormal", 0x00000001u},
    {"-min subnormal", 0x80000001u},
    {"+2 subnormal", 0x00000002u},
    {"+max subnormal", 0x007fffffu},
    {"-max subnormal", 0x807fffffu},
    {"+FLT_MIN", 0x00800000u},
    {"-FLT_MIN", 0x80800000u},
    {"+FLT_MAX", 0x7f7fffffu},
    {"-FLT_MAX", 0xff7fffffu},
    {"+1e30", 0x7149f2cau},
    {"-1e30", 0xf149f2cau},
};

const float fs_edge_x[] = {
    -87.33654f,  -87.3365f,  -87.34f,                           /* σ becomes subnormal */
    -103.97208f, -103.9721f, -103.98f, -104.0f, -104.1f,        /* σ becomes 0 */
    16.635532f,  17.32868f,  17.5f,                             /* σ becomes 1 */
    88.72284f,   -88.72284f, 89.0f,    -89.0f,  1e5f,    -1e5f, /* e^|x| overflows in f32 */
    0.5f,        -0.5f,      1.0f,     -1.0f,
};
const size_t fs_nedge_x = sizeof fs_edge_x / sizeof fs_edge_x[0];
