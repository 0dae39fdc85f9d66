package org.oncograph.web;

import java.util.List;

/**
 * One page of a list: every list endpoint answers this shape; an empty result is 200 with no items.
 *
 * @param items the entries of this page
 * @param page  the zero-based page number asked for
 * @param size  the page size asked for
 * @param total how many entries the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
