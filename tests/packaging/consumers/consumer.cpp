// A C++ program that uses the installed libfastsig: the header must compile as C++ and
// declare the functions extern "C" (else the link fails on mangled names).
#include <fastsig.h>

#include <cstdio>
#include <cstring>
#include <vector>

int main()
{
    std::vector<float> x{0.0f, 2.0f}, y(2);
    if (fastsig_sigmoid_f32(x.data(), y.data(), x.size()) != FASTSIG_OK || y[0] != 0.5f ||
        !(y[1] > 0.88f && y[1] < 0.881f)) {
        std::printf("FAIL: sigmoid(0, 2) = %g %g\n", y[0], y[1]);
        return 1;
    }
    fastsig_isa isa = fastsig_get_isa();
    std::printf("ok (C++): libfastsig %s, isa %s, strerror(-1) \"%s\"\n", fastsig_version(),
                fastsig_isa_name(isa), fastsig_strerror(FASTSIG_ERR_NULL));
    return std::strcmp(fastsig_version(), "") == 0;
}
