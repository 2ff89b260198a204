/* train_xor: a 2-8-1 network of sigmoid units learns XOR by full-batch gradient descent.
 *
 * The forward pass keeps each layer's output y = σ(z) (fastsig_sigmoid_f32). The backward
 * pass turns the gradient dy of the loss with respect to y into dz = dy·y·(1−y) with
 * fastsig_sigmoid_backward_f32, from the kept y: σ and σ' are never evaluated again from z.
 *
 * Loss: mean over the 4 samples of (y − t)²/2. The program exits 0 when the final loss is
 * below 0.01 and every sample is classified correctly (y > 0.5 exactly for t = 1), else 1.
 * Usage: train_xor [EPOCHS]   (default 2000)
 */
#include <fastsig.h>
#include <stdio.h>
#include <stdlib.h>

#define N_SAMPLES 4
#define N_IN 2
#define N_HIDDEN 8
#define LEARNING_RATE 2.0f
#define LOSS_THRESHOLD 0.01f

static const float inputs[N_SAMPLES][N_IN] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
static const float targets[N_SAMPLES] = {0, 1, 1, 0};

/* Parameters: hidden layer w1, b1; output unit w2, b2. */
static float w1[N_HIDDEN][N_IN], b1[N_HIDDEN], w2[N_HIDDEN], b2;

/* Activations kept from the forward pass, one row per sample. */
static float z1[N_SAMPLES][N_HIDDEN], h[N_SAMPLES][N_HIDDEN];
static float z2[N_SAMPLES], y[N_SAMPLES];

/* A fixed pseudo-random start (linear congruential generator), uniform in [-1, 1). */
static float uniform(unsigned *state)
{
    *state = *state * 1664525u + 1013904223u;
    return (float)(*state >> 8) / (float)(1u << 23) - 1.0f;
}

static void check(int status, const char *what)
{
    if (status != FASTSIG_OK) {
        fprintf(stderr, "%s: %s\n", what, fastsig_strerror(status));
        exit(2);
    }
}

static float forward(void)
{
    float loss = 0.0f;
    for (int s = 0; s < N_SAMPLES; s++)
        for (int j = 0; j < N_HIDDEN; j++)
            z1[s][j] = w1[j][0] * inputs[s][0] + w1[j][1] * inputs[s][1] + b1[j];
    check(fastsig_sigmoid_f32(&z1[0][0], &h[0][0], N_SAMPLES * N_HIDDEN), "hidden layer");
    for (int s = 0; s < N_SAMPLES; s++) {
        z2[s] = b2;
        for (int j = 0; j < N_HIDDEN; j++)
            z2[s] += w2[j] * h[s][j];
    }
    check(fastsig_sigmoid_f32(z2, y, N_SAMPLES), "output unit");
    for (int s = 0; s < N_SAMPLES; s++)
        loss += 0.5f * (y[s] - targets[s]) * (y[s] - targets[s]);
    return loss / N_SAMPLES;
}

static void backward_and_update(void)
{
    float dy[N_SAMPLES], dz2[N_SAMPLES];
    float dh[N_SAMPLES][N_HIDDEN], dz1[N_SAMPLES][N_HIDDEN];

    for (int s = 0; s < N_SAMPLES; s++)
        dy[s] = (y[s] - targets[s]) / N_SAMPLES;
    check(fastsig_sigmoid_backward_f32(dy, y, dz2, N_SAMPLES), "output unit backward");
    for (int s = 0; s < N_SAMPLES; s++)
        for (int j = 0; j < N_HIDDEN; j++)
            dh[s][j] = dz2[s] * w2[j];
    check(fastsig_sigmoid_backward_f32(&dh[0][0], &h[0][0], &dz1[0][0], N_SAMPLES * N_HIDDEN),
          "hidden layer backward");

    for (int s = 0; s < N_SAMPLES; s++) {
        b2 -= LEARNING_RATE * dz2[s];
        for (int j = 0; j < N_HIDDEN; j++) {
            w2[j] -= LEARNING_RATE * dz2[s] * h[s][j];
            b1[j] -= LEARNING_RATE * dz1[s][j];
            for (int i = 0; i < N_IN; i++)
                w1[j][i] -= LEARNING_RATE * dz1[s][j] * inputs[s][i];
        }
    }
}

int main(int argc, char **argv)
{
    long epochs = argc > 1 ? strtol(argv[1], NULL, 10) : 2000;
    unsigned seed = 12345;
    float loss = 0.0f;
    int wrong = 0;

    for (int j = 0; j < N_HIDDEN; j++) {
        w1[j][0] = uniform(&seed);
        w1[j][1] = uniform(&seed);
        b1[j] = uniform(&seed);
        w2[j] = uniform(&seed);
    }
    b2 = uniform(&seed);

    printf("libfastsig %s, isa %s\n", fastsig_version(), fastsig_isa_name(fastsig_get_isa()));
    for (long e = 0; e <= epochs; e++) {
        loss = forward();
        if (e % 250 == 0 || e == epochs)
            printf("epoch %5ld  loss %.6f\n", e, loss);
        if (e < epochs)
            backward_and_update();
    }
    for (int s = 0; s < N_SAMPLES; s++) {
        int ok = (y[s] > 0.5f) == (targets[s] > 0.5f);
        wrong += !ok;
        printf("%g xor %g = %g: %.4f%s\n", inputs[s][0], inputs[s][1], targets[s], y[s],
               ok ? "" : "  (wrong)");
    }
    if (loss < LOSS_THRESHOLD && wrong == 0) {
        printf("ok: loss %.6f < %g, all %d samples right\n", loss, LOSS_THRESHOLD, N_SAMPLES);
        return 0;
    }
    printf("FAIL: loss %.6f (need < %g), %d of %d samples wrong\n", loss, LOSS_THRESHOLD, wrong,
           N_SAMPLES);
    return 1;
}
