/**
 * Parameter initialisers: each fills a weight matrix {@code [fanIn, fanOut]} or a bias row {@code [1, fanOut]}
 * from a seed, so the same seed gives the same network bit for bit.
 */
package org.jgan.models.init;
