// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IReceiver {
    function onTicketReceived(address operator, uint256 id) external returns (bytes4);
}

// A limited mint that calls the receiver's hook before counting the mint: the hook re-enters
// mint() and goes past the per-address limit.
contract TicketSale {
    uint256 public constant LIMIT = 2;
    uint256 public nextId;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public minted;

    function mint() external {
        require(minted[msg.sender] < LIMIT, "limit");
        uint256 id = nextId;
        ownerOf[id] = msg.sender;
        if (msg.sender.code.length > 0) {
            IReceiver(msg.sender).onTicketReceived(msg.sender, id); // @vuln category=reentrancy
        }
        minted[msg.sender] += 1;
        nextId = id + 1;
    }
}
