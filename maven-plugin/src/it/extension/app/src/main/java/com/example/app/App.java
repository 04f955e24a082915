package com.example.app;

import com.example.shop.Order;
import com.example.shop.Sticker;
import com.example.shop.Tagged;

/** Uses what the tagging extension added: the Tagged interface of every model, and Sticker (schema Label). */
public final class App {
    private App() {}

    /** An order with a sticker. */
    public static Order order() {
        return Order.builder().item("tea").quantity(2).label(Sticker.builder().text("gift").build()).build();
    }

    /** The tags of any models. */
    public static String tags(Tagged... models) {
        StringBuilder tags = new StringBuilder();
        for (Tagged model : models) {
            tags.append(tags.length() == 0 ? "" : " ").append(model.wireTag());
        }
        return tags.toString();
    }

    public static void main(String[] args) {
        Order order = order();
        System.out.println(tags(order, order.getLabel()));
    }
}
